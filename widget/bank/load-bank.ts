/**
 * @module The bank in the visitor's language. Dutch texts up to the last question are bundled,
 * so the Dutch path needs no request before the result (its advice is widget-advice.js); other
 * languages come whole from the API, once per page and API origin.
 */
import { bankStructure, bankTextsNl } from '../../core/bank/index';
import { localiseQuestions } from '../../core/bank/localise';
import type { BankAdvice, Lang, LocalisedBank, QuestionBank } from '../../core/bank/types';
import type { AssessmentResponse } from '../../core/contracts';

export const dutchBank: QuestionBank = localiseQuestions(bankStructure, bankTextsNl);

/** The advice of a bank fetched whole from the API, in the shape widget-advice.js registers. */
export const adviceOf = (bank: LocalisedBank): BankAdvice => ({
  lang: bank.lang,
  questions: Object.fromEntries(bank.questions.map((q) => [q.id, q.advice])),
});

/**
 * Scoring runs on the bundled structure, so a fetched bank is only usable when it is the same
 * version with the same questions in the same order (a cached widget.js can be older than the API).
 */
function fitsBundledStructure(body: unknown, lang: Lang): body is AssessmentResponse {
  const bank = body as Partial<AssessmentResponse> | null;
  return (
    bank?.version === bankStructure.version &&
    bank.lang === lang &&
    bankStructure.questions.every((q, i) => bank.questions?.[i]?.id === q.id)
  );
}

const requests = new Map<string, Promise<LocalisedBank>>();

/** Fetches the bank in `lang` from `api`; several widgets on one page share one request. */
export function fetchBank(api: string, lang: Lang): Promise<LocalisedBank> {
  const url = `${api}/api/v1/assessment?lang=${lang}`;
  let request = requests.get(url);
  if (!request) {
    request = fetch(url).then(async (response) => {
      const body: unknown = response.ok ? await response.json() : null;
      // No reason is given: the visitor sees the same "try again" for every failure.
      if (!fitsBundledStructure(body, lang)) throw new Error();
      return body;
    });
    // A failed request is forgotten, so that "try again" really asks again.
    request.catch(() => requests.delete(url));
    requests.set(url, request);
  }
  return request;
}
