/** A form's refusal, announced to screen readers; nothing when there is none. */
export function FormAlert({ message }: { message: string }) {
  return message ? (
    <p role="alert" className="form-message form-message--error">
      {message}
    </p>
  ) : null
}
