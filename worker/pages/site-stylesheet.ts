/**
 * @module `GET /demo/site.css`: the partner site's own look. Deliberately ordinary CSS, with the
 * element selectors a real theme has, so the widget is shown among styles it must ignore.
 */
export const siteStylesheet = `:root {
  --brand: #0b5563;
  --accent: #f2b134;
  --text: #1f2a30;
  --muted: #5b6b73;
}

* { box-sizing: border-box; }

body {
  margin: 0;
  font: 17px/1.6 Georgia, 'Times New Roman', serif;
  color: var(--text);
  background: #f6f4ef;
}

a { color: var(--brand); }
h1, h2 { font-family: system-ui, sans-serif; line-height: 1.2; }
button {
  font: inherit;
  padding: 0.5em 1.2em;
  border: 0;
  border-radius: 4px;
  background: var(--brand);
  color: #fff;
  cursor: pointer;
}

.demo-notice {
  margin: 0;
  padding: 0.5em 1em;
  background: var(--accent);
  font: 14px/1.4 system-ui, sans-serif;
}

.site-header {
  display: flex;
  flex-wrap: wrap;
  gap: 1em 2em;
  align-items: center;
  justify-content: space-between;
  padding: 1em 2em;
  background: var(--brand);
  color: #fff;
}
.site-name { margin: 0; font: 22px system-ui, sans-serif; }
.site-header nav { display: flex; gap: 1.5em; }
.site-header a { color: #fff; text-decoration: none; }

.site-main {
  display: grid;
  grid-template-columns: minmax(0, 2fr) minmax(14em, 1fr);
  gap: 2em;
  max-width: 72em;
  margin: 0 auto;
  padding: 2em;
}
.site-aside section { padding: 1em 1.5em; margin-bottom: 1.5em; background: #fff; border-radius: 6px; }
.agenda { padding-left: 1.2em; }
.agenda li { margin-bottom: 0.8em; }
.site-footer { padding: 2em; text-align: center; color: var(--muted); font-size: 14px; }

.demo-main { max-width: 72em; margin: 0 auto; padding: 2em; }
.scan-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(22em, 1fr)); gap: 2em; }
#added-scans { margin-top: 1em; }

@media (max-width: 50em) {
  .site-main { grid-template-columns: 1fr; padding: 1em; }
}
`;
