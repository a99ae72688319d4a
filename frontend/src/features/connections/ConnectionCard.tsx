import type { ReactNode } from 'react';
import { Form } from 'react-aria-components';
import { FormActions } from './FormActions';
import { FormStatus } from './FormStatus';

/** The state of a connection form that its card shows (see useConnectionForm). */
interface CardForm {
  errors: Record<string, string>;
  busy: 'test' | 'save' | null;
  saved: boolean;
  alert: string;
  save(): Promise<unknown>;
  test(): Promise<unknown>;
}

/**
 * One account's card on the connections page: title, help, the fields (children), Test and
 * Save, and the live status with the test result.
 */
export function ConnectionCard(props: {
  id: string;
  title: string;
  help: string;
  form: CardForm;
  keychainAvailable: boolean;
  result: ReactNode;
  children: ReactNode;
}) {
  const f = props.form;
  return (
    <section className="card connection" aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      <p className="field-hint">{props.help}</p>
      <Form
        aria-labelledby={props.id}
        className="connection-form"
        validationBehavior="aria"
        validationErrors={f.errors}
        onSubmit={(e) => {
          e.preventDefault();
          void f.save();
        }}
      >
        {props.children}
        <FormActions busy={f.busy !== null} keychainAvailable={props.keychainAvailable} onTest={() => void f.test()} />
      </Form>
      <FormStatus busy={f.busy} saved={f.saved} alert={f.alert}>
        {props.result}
      </FormStatus>
    </section>
  );
}
