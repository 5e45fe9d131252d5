/**
 * @module Writes the answers of `GET /api/v1/assessment` into dist/public, one JSON file per
 * language, exactly as the worker used to build them on each request: it now reads them through
 * its ASSETS binding instead of bundling the advice and the English texts (issue 14).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { bankAdvice, bankStructure, bankTexts } from '../core/bank';
import { localiseBank } from '../core/bank/localise';
import { LANGS } from '../core/bank/types';
import type { AssessmentResponse } from '../core/contracts';
import { assessmentFile } from './targets';

/** The body of `GET /api/v1/assessment?lang=<lang>`, as `JSON.stringify` of the whole bank in that language. */
export function assessmentBody(lang: (typeof LANGS)[number]): string {
  const body: AssessmentResponse = localiseBank(bankStructure, bankTexts[lang], bankAdvice[lang]);
  return JSON.stringify(body);
}

/** Writes one file per language into `outDir` (the build's OUT_DIR). */
export async function writeAssessmentFiles(outDir: string): Promise<void> {
  for (const lang of LANGS) {
    const file = path.join(outDir, assessmentFile(lang));
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, assessmentBody(lang));
  }
}
