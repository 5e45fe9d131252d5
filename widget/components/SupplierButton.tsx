/**
 * @module "Mail je IT-leverancier": loads the composer (widget-supplier.js) on first use and opens
 * the visitor's own mail program with the questions for the supplier and the result link. A
 * failed load says so, and the same button tries again.
 */
import { Component } from 'preact';
import type { UiText } from '../i18n/types';
import { loadChunk } from '../load-chunk';
import type { SupplierMailInput } from '../supplier/compose';

interface SupplierButtonProps {
  readonly text: UiText['result'];
  /** Everything the composer needs. */
  readonly mail: SupplierMailInput;
}

export class SupplierButton extends Component<SupplierButtonProps, { failed?: boolean }> {
  private readonly open = () =>
    loadChunk('supplier').then(
      (compose) => {
        this.setState({ failed: false });
        location.href = compose(this.props.mail);
      },
      () => this.setState({ failed: true }),
    );

  override render({ text }: SupplierButtonProps, { failed }: { failed?: boolean }) {
    return (
      <>
        <button type="button" part="button" onClick={this.open}>
          {text.mailSupplier}
        </button>
        <p role="status">{failed ? text.mailFailed : ''}</p>
      </>
    );
  }
}
