/** A field's validation message, tied to the field through `id` (aria-describedby). */
export function FieldError({ id, message }: { readonly id: string; readonly message?: string }) {
  return message ? (
    <span id={id} className="field-error schema-error">
      {message}
    </span>
  ) : null;
}
