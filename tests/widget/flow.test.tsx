import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { bankTextsNl } from '../../core/bank/index';
import { profileOptions } from '../../core/profile/index';
import { nl } from '../../widget/i18n/nl';
import { questionStep } from '../../widget/state/steps';
import { chooseOption, pressButton, questions, renderWidget, startAssessment } from './harness';

const radioLabels = () => screen.getAllByRole('radio').map((radio) => radio.closest('label')?.textContent);
const firstNaQuestion = questions.findIndex((q) => q.answers.includes('na'));
const firstQuestionWithoutNa = questions.findIndex((q) => !q.answers.includes('na'));

function goToQuestion(index: number): void {
  startAssessment();
  for (let i = 0; i < index; i++) {
    chooseOption('Ja');
    pressButton('Volgende');
  }
}

describe('intro', () => {
  test('says how long it takes and offers a start button', () => {
    renderWidget();
    expect(screen.queryAllByRole('heading', { level: 2, name: nl.intro.title })).toHaveLength(1);
    expect(screen.queryAllByText(/5 minuten/)).toHaveLength(1);
    expect(screen.queryAllByRole('button', { name: nl.intro.start })).toHaveLength(1);
  });

  test('does not take focus when the page loads', () => {
    renderWidget();
    expect(document.activeElement).toBe(document.body);
  });
});

describe('profile', () => {
  test('offers every sector and size band with Dutch labels', () => {
    renderWidget();
    pressButton(nl.intro.start);
    for (const option of [...profileOptions.sectors, ...profileOptions.sizes]) {
      expect(screen.queryAllByRole('radio', { name: option.label.nl })).toHaveLength(1);
    }
  });

  test('can be left without choosing anything', () => {
    renderWidget();
    pressButton(nl.intro.start);
    pressButton('Volgende');
    expect(screen.queryAllByText('Vraag 1/21')).toHaveLength(1);
  });

  test('skip forgets a sector already chosen', async () => {
    renderWidget({ partner: 'skip' });
    pressButton(nl.intro.start);
    chooseOption(profileOptions.sectors[0]!.label.nl);
    pressButton(nl.profile.skip);
    // Saved after the screen is painted (widget/state/storage.ts, storeSoon).
    await vi.waitFor(() => expect(JSON.parse(localStorage.getItem('cyberscan:skip')!).step).toBe(questionStep(0)));
    expect(JSON.parse(localStorage.getItem('cyberscan:skip')!).profile).toEqual({});
  });

  test('moves focus to its heading', () => {
    renderWidget();
    pressButton(nl.intro.start);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: nl.profile.title }));
  });
});

describe('questions', () => {
  test('show "Vraag 1/21" and the principle on the first question', () => {
    renderWidget();
    startAssessment();
    expect(screen.queryAllByText('Vraag 1/21')).toHaveLength(1);
    const progress = screen.getByText('Vraag 1/21').closest('[aria-live="polite"]');
    expect(progress?.textContent).toContain(bankTextsNl.principles[questions[0]!.principle].title);
  });

  test('show one question per screen as a radio group named by the question', () => {
    renderWidget();
    startAssessment();
    const group = screen.getByRole('group', { name: bankTextsNl.questions[questions[0]!.id]!.text });
    expect(group.tagName).toBe('FIELDSET');
    expect(screen.getAllByRole('radio').every((radio) => group.contains(radio))).toBe(true);
  });

  test('offer exactly Ja, Gedeeltelijk, Nee and Weet ik niet where "not applicable" is not allowed', () => {
    renderWidget();
    goToQuestion(firstQuestionWithoutNa);
    expect(radioLabels()).toEqual(['Ja', 'Gedeeltelijk', 'Nee', 'Weet ik niet']);
  });

  test('add Niet van toepassing where the question allows it', () => {
    renderWidget();
    goToQuestion(firstNaQuestion);
    expect(radioLabels()).toEqual(['Ja', 'Gedeeltelijk', 'Nee', 'Weet ik niet', 'Niet van toepassing']);
  });

  test('explain why a question matters behind "Waarom is dit belangrijk?"', () => {
    renderWidget();
    startAssessment();
    const summary = screen.getByText('Waarom is dit belangrijk?');
    expect(summary.tagName).toBe('SUMMARY');
    expect(summary.parentElement?.tagName).toBe('DETAILS');
  });

  test('do not move on without an answer, and say why', () => {
    renderWidget();
    startAssessment();
    pressButton('Volgende');
    expect(screen.getByRole('alert').textContent).toBe(nl.question.chooseFirst);
    expect(screen.queryAllByText('Vraag 1/21')).toHaveLength(1);
  });

  test('start each question fresh: no answer chosen, the help closed, no message', () => {
    renderWidget();
    startAssessment();
    chooseOption('Ja');
    fireEvent.click(screen.getByText(nl.question.why));
    expect(screen.getByText(nl.question.why).closest('details')?.open).toBe(true);
    // A focus event, which is what makes a screen reader read the new question: focus() on the
    // heading that is already focused would send none.
    const focused: EventTarget[] = [];
    const onFocus = (event: FocusEvent) => focused.push(event.target!);
    document.addEventListener('focusin', onFocus);
    pressButton('Volgende');
    document.removeEventListener('focusin', onFocus);
    expect(focused).toEqual([screen.getByRole('heading', { level: 2 })]);
    pressButton('Volgende');
    expect(screen.getByRole('alert').textContent).toBe(nl.question.chooseFirst);
    pressButton('Vorige');
    pressButton('Volgende');
    expect(screen.queryAllByText('Vraag 2/21')).toHaveLength(1);
    expect(screen.getAllByRole('radio').filter((radio) => (radio as HTMLInputElement).checked)).toEqual([]);
    expect(screen.getByText(nl.question.why).closest('details')?.open).toBe(false);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getAllByRole('radio')[0]!.closest('fieldset')?.getAttribute('aria-describedby')).toBeNull();
  });

  test('move on after an answer and put focus on the new question', () => {
    renderWidget();
    startAssessment();
    chooseOption('Nee');
    pressButton('Volgende');
    expect(screen.queryAllByText('Vraag 2/21')).toHaveLength(1);
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2 }));
  });

  test('keep the answer when the visitor goes back', () => {
    renderWidget();
    startAssessment();
    chooseOption('Gedeeltelijk');
    pressButton('Volgende');
    pressButton('Vorige');
    expect(screen.queryAllByText('Vraag 1/21')).toHaveLength(1);
    expect((screen.getByRole('radio', { name: 'Gedeeltelijk' }) as HTMLInputElement).checked).toBe(true);
  });

  test('show a progress bar that grows with the question number', () => {
    renderWidget();
    goToQuestion(3);
    const fill = screen.getByText('Vraag 4/21').closest('[part="progress"]')?.querySelector('.fill');
    expect(fill?.getAttribute('width')).toBe('4');
  });

  test('label the last Next button "Bekijk resultaat"', () => {
    renderWidget();
    goToQuestion(questions.length - 1);
    expect(screen.queryAllByRole('button', { name: 'Bekijk resultaat' })).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Volgende' })).toBeNull();
  });

  test('submit with Enter as well as with the button', () => {
    renderWidget();
    startAssessment();
    chooseOption('Ja');
    fireEvent.submit(screen.getByRole('radio', { name: 'Ja' }).closest('form')!);
    expect(screen.queryAllByText('Vraag 2/21')).toHaveLength(1);
  });
});
