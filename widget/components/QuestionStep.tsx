/** @module One question: the answer options, why it matters, and Back/Next. */
import { Component } from 'preact';
import type { Answer } from '../../core/answers';
import type { QuestionOnScreen } from '../../core/bank/types';
import type { FlowText } from '../i18n/types';
import { ChoiceGroup } from './ChoiceGroup';
import { StepNav } from './StepNav';

interface QuestionStepProps {
  readonly question: QuestionOnScreen;
  readonly answer: Answer | undefined;
  readonly isLast: boolean;
  readonly text: FlowText;
  readonly onAnswer: (answer: Answer) => void;
  readonly onBack: () => void;
  readonly onNext: () => void;
}

interface QuestionStepState {
  /** The question on which Next was pressed before an answer was chosen. */
  readonly tried?: string;
}

const MISSING_ID = 'answer-missing';

export class QuestionStep extends Component<QuestionStepProps, QuestionStepState> {
  private readonly submit = (event: Event) => {
    event.preventDefault();
    const { answer, question, onNext } = this.props;
    // Cleared on the way on: the form stays from question to question (see QuestionScreen).
    this.setState({ tried: answer ? undefined : question.id });
    if (answer) onNext();
  };

  override render(props: QuestionStepProps, { tried }: QuestionStepState) {
    const { question, answer, isLast, text, onAnswer, onBack } = props;
    const missing = tried === question.id && !answer;
    const choices = question.answers.map((a) => ({
      value: a,
      label: text.answers[a],
    }));
    return (
      <form part="question" onSubmit={this.submit}>
        <ChoiceGroup
          legend={<h2 key={question.id} tabIndex={-1}>{question.text}</h2>}
          name="answer"
          choices={choices}
          value={answer}
          onChoose={onAnswer}
          describedBy={missing ? MISSING_ID : undefined}
        />
        {missing && (
          <p id={MISSING_ID} role="alert">
            {text.question.chooseFirst}
          </p>
        )}
        <details key={question.id}>
          <summary>{text.question.why}</summary>
          <p>{question.why}</p>
        </details>
        <StepNav back={text.nav.back} next={isLast ? text.nav.finish : text.nav.next} onBack={onBack} />
      </form>
    );
  }
}
