/**
 * Builds the referral step, `widget/referral/index.tsx`, to `dist/public/widget-referral.js`,
 * which widget.js loads when a visitor opens the step (widget/load-chunk.ts). It shares widget.js's
 * Preact, so the step renders inside the widget's own tree.
 */
import { widgetScriptConfig } from './vite.widget-script.ts';

export default widgetScriptConfig({
  entry: 'widget/referral/index.tsx',
  file: 'widget-referral.js',
  name: 'CyberScanReferral',
  sharesPreact: true,
});
