// A value outside React that components read with useSyncExternalStore: the running state, the open dialog, the
// progress bar. Setting the same value again notifies no one.

import {useSyncExternalStore} from 'react';

export class ValueStore<T> {
	private readonly listeners = new Set<() => void>();
	constructor(private value: T) {}

	get = (): T => this.value;

	set(value: T): void {
		if (Object.is(value, this.value)) return;
		this.value = value;
		for (const l of this.listeners) l();
	}

	subscribe = (listener: () => void): (() => void) => {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	};
}

export const useStore = <T,>(store: ValueStore<T>): T => useSyncExternalStore(store.subscribe, store.get);
