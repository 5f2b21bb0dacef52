// Questions the engine asks while a command runs — a missing mandatory parameter, a -Confirm — waiting for the
// person's answer. One is shown at a time; others queue behind it.

import type {ConfirmChoice} from '../host/host.ts';
import {ValueStore} from './value-store.ts';

export type Dialog =
	| {kind: 'prompt'; caption: string; message: string; field: string; answer(value: string | null): void}
	| {kind: 'confirm'; caption: string; message: string; answer(choice: ConfirmChoice): void};

export class DialogStore extends ValueStore<Dialog | null> {
	private queue: Dialog[] = [];

	constructor() {
		super(null);
	}

	prompt(caption: string, message: string, field: string): Promise<string | null> {
		return new Promise(resolve => this.open({kind: 'prompt', caption, message, field, answer: resolve}));
	}

	confirm(caption: string, message: string): Promise<ConfirmChoice> {
		return new Promise(resolve => this.open({kind: 'confirm', caption, message, answer: resolve}));
	}

	/** Closes the shown dialog after it was answered, and shows the next. */
	close(): void {
		this.set(this.queue.shift() ?? null);
	}

	private open(d: Dialog): void {
		const wrapped = {...d, answer: (v: never) => {
			(d.answer as (v: never) => void)(v);
			this.close();
		}} as Dialog;
		if (this.get()) this.queue.push(wrapped);
		else this.set(wrapped);
	}
}
