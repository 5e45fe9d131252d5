/** Builds the embeddable widget, `widget/index.tsx`, to `dist/public/widget.js`. */
import { widgetScriptConfig } from './vite.widget-script.ts';

export default widgetScriptConfig({ entry: 'widget/index.tsx', file: 'widget.js', name: 'CyberScanWidget' });
