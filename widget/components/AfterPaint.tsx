/**
 * @module Part of a screen rendered only once the rest is painted (widget/when-idle.ts), so the
 * click that opens the screen paints its top sooner. Once shown, it stays: later renders update it
 * as any other part.
 */
import { Component, type ComponentChildren } from 'preact';
import { afterPaint } from '../when-idle';

interface AfterPaintProps {
  readonly children: ComponentChildren;
}

interface AfterPaintState {
  readonly shown?: boolean;
}

export class AfterPaint extends Component<AfterPaintProps, AfterPaintState> {
  override componentDidMount(): void {
    // Preact skips a state change of a component removed in the meantime.
    afterPaint(() => this.setState({ shown: true }));
  }

  override render({ children }: AfterPaintProps, { shown }: AfterPaintState) {
    return shown ? children : null;
  }
}
