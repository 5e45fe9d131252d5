/**
 * Builds the English UI strings, `widget/i18n/en-chunk.ts`, to `dist/public/widget-en.js`, which
 * widget.js loads for an English widget (widget/load-chunk.ts). Plain data: no Preact in it.
 */
import { widgetScriptConfig } from './vite.widget-script.ts';

export default widgetScriptConfig({ entry: 'widget/i18n/en-chunk.ts', file: 'widget-en.js', name: 'CyberScanEnglish' });
