/**
 * @module The referral form: contact details, an optional profile and message, the separate
 * choice to share the answers, and who receives the request for how long. A double click never
 * makes two referrals: the button is disabled while sending, and the Idempotency-Key is made once
 * per form and sent again on every retry, so the worker stores at most one referral per form.
 */
import { Component } from 'preact';
import type { ProtectionResponse, ReferralResponse } from '../../core/contracts';
import type { SectorId, SizeId } from '../../core/profile/index';
import type { PublicNetwork } from '../../core/routing/network';
import type { ReferralStepProps } from '../runtime';
import { protectionFor, sendReferral } from './api';
import { BotCheck } from './BotCheck';
import { ContactFields } from './ContactFields';
import { checkFields, FIELDS, fieldProblem, pc4Of, problemsFromIssues, type FieldName, type FieldValues, type Problems } from './form-rules';
import type { ReferralText } from './i18n/types';
import { SendFailure, type Failure, type FinalProblem } from './SendFailure';
import { ShareAnswers } from './ShareAnswers';

interface ReferralFormProps
  extends Pick<ReferralStepProps, 'api' | 'partner' | 'lang' | 'bankVersion' | 'answers' | 'profile' | 'onClose'> {
  readonly text: ReferralText;
  readonly network: PublicNetwork;
  /** The four digits from the postcode step; without them, the form asks for the postcode. */
  readonly pc4?: number;
  readonly onSent: (referral: ReferralResponse) => void;
}

interface ReferralFormState {
  readonly values: FieldValues;
  readonly shareAnswers: boolean;
  readonly problems: Problems;
  readonly sending?: boolean;
  /** Set when the last send failed (not for field problems), or sending cannot work here at all. */
  readonly failure?: Failure | null;
  /** Failed sends in a row: from the second, the network's contact shows beside the retry. */
  readonly tries: number;
  /** The bot check the worker asks of this page; unknown until it answered. */
  readonly protection?: ProtectionResponse;
  readonly token?: string;
  /** A new key renders a new Turnstile widget: a token is good for one send. */
  readonly botKey: number;
}

const hasProblems = (problems: Problems) => Object.values(problems).some(Boolean);

export class ReferralForm extends Component<ReferralFormProps, ReferralFormState> {
  override state: ReferralFormState = {
    values: {
      ...Object.fromEntries(FIELDS.map((name) => [name, ''])),
      sector: this.props.profile.sector ?? '',
      size: this.props.profile.size ?? '',
      website: '',
    } as FieldValues,
    // Unticked: sharing the answers is a choice of its own, never a default.
    shareAnswers: false,
    problems: {},
    tries: 0,
    botKey: 0,
  };
  private readonly form: { current: HTMLFormElement | null } = { current: null };
  private readonly idempotencyKey = crypto.randomUUID();
  /** Set at once: a second click can come before the disabled button is rendered. */
  private sending = false;

  override componentDidMount(): void {
    protectionFor(this.props.api, this.props.partner).then((protection) =>
      this.setState(protection.botCheck === 'unavailable' ? { protection, failure: { final: 'unavailable' } } : { protection }),
    );
  }

  private readonly botProblem = (final: FinalProblem) => this.show({ failure: { final } });

  private fields(): FieldName[] {
    return FIELDS.filter((name) => name !== 'postcode' || this.props.pc4 === undefined);
  }

  private readonly input = (name: FieldName | 'website', value: string) => {
    this.setState(({ values, problems }) => ({
      values: { ...values, [name]: value },
      // A message goes as soon as its field is right; new ones wait for the next submit.
      problems: name !== 'website' && problems[name] ? { ...problems, [name]: fieldProblem(name, value) } : problems,
    }));
  };

  /** Sets `state`, then moves focus to what needs the visitor: the first invalid field, else the failure. */
  private show(state: Partial<ReferralFormState>): void {
    this.setState(state as ReferralFormState, () =>
      this.form.current?.querySelector<HTMLElement>('[aria-invalid="true"], .summary')?.focus(),
    );
  }

  private readonly submit = async (event?: Event) => {
    event?.preventDefault();
    if (this.sending || this.state.failure?.final) return;
    const { values, shareAnswers, protection, token } = this.state;
    const problems = checkFields(values, this.fields());
    if (hasProblems(problems)) return this.show({ problems, failure: null });
    if (protection?.botCheck === 'turnstile' && !token) return this.show({ failure: { waiting: true } });
    this.sending = true;
    this.setState({ sending: true, failure: null });
    const { api, partner, network, pc4, answers, bankVersion, lang } = this.props;
    const { companyName, contactName, email, phone, message, website } = values;
    const outcome = await sendReferral(api, this.idempotencyKey, {
      partner,
      // Always the network shown: the privacy notice named it as the recipient.
      network: network.id,
      postcode: String(pc4 ?? pc4Of(values.postcode)),
      companyName,
      contactName,
      email,
      phone,
      sector: (values.sector || undefined) as SectorId | undefined,
      size: (values.size || undefined) as SizeId | undefined,
      message,
      shareAnswers,
      answers,
      bankVersion,
      lang,
      website,
      turnstileToken: token,
    });
    this.sending = false;
    if (outcome.kind === 'sent') return this.props.onSent(outcome.referral);
    const fieldProblems = outcome.kind === 'invalid' ? problemsFromIssues(outcome.paths, this.fields()) : {};
    if (hasProblems(fieldProblems)) return this.show({ sending: false, problems: fieldProblems });
    // The token was spent on this try: the next one needs a new check.
    const fresh = token ? { token: undefined, botKey: this.state.botKey + 1 } : {};
    if (outcome.kind === 'refused') return this.show({ sending: false, failure: { final: 'refused' } });
    this.show({ sending: false, ...fresh, tries: this.state.tries + 1, failure: { retryAfter: outcome.kind === 'failed' ? outcome.retryAfter : undefined } });
  };

  override render(props: ReferralFormProps, { values, shareAnswers, problems, sending, failure, tries, protection, botKey }: ReferralFormState) {
    const { text, lang } = props;
    return (
      <form ref={this.form} noValidate onSubmit={this.submit}>
        <ContactFields text={text} lang={lang} fields={this.fields()} values={values} problems={problems} onInput={this.input} />
        <ShareAnswers
          text={text.form}
          networkName={props.network.name}
          checked={shareAnswers}
          onChange={(checked) => this.setState({ shareAnswers: checked })}
        />
        {/* The honeypot: people never see or reach it; a bot that fills it in is answered but not kept. */}
        <div class="trap" aria-hidden="true">
          <label>
            {text.form.trap}
            <input
              name="website"
              tabIndex={-1}
              autocomplete="off"
              value={values.website}
              onInput={(event) => this.input('website', event.currentTarget.value)}
            />
          </label>
        </div>
        {protection?.botCheck === 'turnstile' && !failure?.final && (
          <BotCheck
            key={botKey}
            siteKey={protection.siteKey}
            scriptUrl={protection.scriptUrl}
            onToken={(token) => this.setState({ token })}
            onProblem={this.botProblem}
          />
        )}
        {failure && <SendFailure text={text.failure} network={props.network} failure={failure} tries={tries} onRetry={() => this.submit()} />}
        <p role="status">{sending ? text.form.sending : ''}</p>
        <div class="nav">
          <button type="button" part="button" onClick={props.onClose}>
            {text.back}
          </button>
          <button type="submit" part="button" class="primary" disabled={sending || Boolean(failure?.final)}>
            {text.form.submit}
          </button>
        </div>
      </form>
    );
  }
}
