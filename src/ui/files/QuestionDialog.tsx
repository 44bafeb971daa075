// A modal question with a few answers (Delete / Cancel, Replace / Keep both / Cancel), on the
// native <dialog>: it traps focus, Escape answers "cancel", and closing it puts focus back
// where it was. useQuestion turns it into `await ask(…)`.
import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';

export interface Answer<T extends string> {
  value: T;
  label: string;
  /** Styled as the main action. */
  primary?: boolean;
}

export interface Question<T extends string> {
  message: string;
  answers: readonly Answer<T>[];
  /** What Escape answers; also the button that has focus first, the safe choice. */
  cancel: T;
}

function QuestionDialog<T extends string>({
  question,
  onAnswer,
}: {
  question: Question<T>;
  onAnswer: (answer: T) => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const safe = useRef<HTMLButtonElement>(null);
  const messageId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    element.showModal();
    safe.current?.focus();
    return () => element.close();
  }, []);
  const answer = (value: T) => {
    dialog.current?.close();
    onAnswer(value);
  };
  return (
    <dialog
      ref={dialog}
      className="files-dialog"
      aria-labelledby={messageId}
      onCancel={(event) => {
        event.preventDefault();
        answer(question.cancel);
      }}
    >
      <p id={messageId}>{question.message}</p>
      <div className="files-dialog-answers">
        {question.answers.map((a) => (
          <button
            key={a.value}
            type="button"
            ref={a.value === question.cancel ? safe : undefined}
            className={a.primary ? 'button-primary' : undefined}
            onClick={() => answer(a.value)}
          >
            {a.label}
          </button>
        ))}
      </div>
    </dialog>
  );
}

/** `ask(question)` shows the dialog and resolves with the answer; render `dialog` somewhere. */
export function useQuestion(): {
  ask: <T extends string>(question: Question<T>) => Promise<T>;
  dialog: ReactNode;
} {
  const [pending, setPending] = useState<{
    question: Question<string>;
    resolve: (answer: string) => void;
  } | null>(null);
  const ask = useCallback(
    <T extends string>(question: Question<T>) =>
      new Promise<T>((resolve) => {
        setPending({ question, resolve: resolve as (answer: string) => void });
      }),
    [],
  );
  const dialog = pending && (
    <QuestionDialog
      question={pending.question}
      onAnswer={(answer) => {
        setPending(null);
        pending.resolve(answer);
      }}
    />
  );
  return { ask, dialog };
}
