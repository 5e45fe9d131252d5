/** @module The console's entry (built to /console.js): renders the app into the page's shell. */
import { render } from 'preact';
import { App } from './components/App';
import './styles/console.css';

const root = document.getElementById('console')!;
// The shell's placeholder text says "loading"; the app replaces it.
root.replaceChildren();
render(<App />, root);
