import { type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { commandErrorsOf, NO_ERRORS, type CommandErrors } from './command-errors';

export interface CommandPayload {
  readonly id: string;
  readonly revision: string;
}

/**
 * Sends one command and keeps what the server said about it. On success every query on screen
 * is fetched again; the mutation waits for the read models, so they already show the change.
 */
export function useCommand<Input>(
  mutation: TypedDocumentNode<Record<string, CommandPayload>, { input: Input }>,
) {
  const [send, { loading }] = useMutation(mutation, {
    refetchQueries: 'active',
    awaitRefetchQueries: true,
  });
  const [errors, setErrors] = useState<CommandErrors>(NO_ERRORS);
  const run = async (input: Input): Promise<boolean> => {
    try {
      await send({ variables: { input } });
      setErrors(NO_ERRORS);
      return true;
    } catch (error: unknown) {
      setErrors(commandErrorsOf(error));
      return false;
    }
  };
  return { run, errors, sending: loading };
}

/** A fresh id for a new aggregate, readable in the record: `c-2026-05-01-3f9a01bc`. */
export function newId(prefix: string): string {
  const random = crypto.getRandomValues(new Uint32Array(1))[0]!.toString(16).padStart(8, '0');
  return `${prefix}-${new Date().toISOString().slice(0, 10)}-${random}`;
}
