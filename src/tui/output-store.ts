// The scrollback: finished output, in entries that Ink's <Static> prints once and never redraws. Lines written in
// one burst (a 1,000-line log tail) become one entry, so a long command costs one React update, not one per line.
// <Static> remembers how many items it has printed, so the array may only grow; to stay bounded the store starts a
// new generation (a new Static key) past CAP entries, and Clear-Host / Ctrl+L start one with nothing in it.

export interface ScrollEntry {
	id: number;
	text: string;
}

export interface ScrollSnapshot {
	items: readonly ScrollEntry[];
	generation: number;
}

const CAP = 1000;

export class OutputStore {
	private snap: ScrollSnapshot = {items: [], generation: 0};
	private pending: string[] = [];
	private partial = '';
	private nextId = 0;
	private scheduled = false;
	private readonly listeners = new Set<() => void>();

	subscribe = (listener: () => void): (() => void) => {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	};

	getSnapshot = (): ScrollSnapshot => this.snap;

	/** One finished line (may hold ANSI colour). */
	line(text: string): void {
		this.pending.push(this.partial + text);
		this.partial = '';
		this.schedule();
	}

	/** Text without a line end (Write-Host -NoNewline): held until the line is finished. */
	write(text: string): void {
		const parts = (this.partial + text).split('\n');
		this.partial = parts.pop()!;
		for (const p of parts) this.pending.push(p);
		if (parts.length) this.schedule();
	}

	clear(): void {
		this.pending = [];
		this.partial = '';
		this.snap = {items: [], generation: this.snap.generation + 1};
		this.emit();
	}

	/** Moves pending lines into the scrollback now (normally done once per tick). */
	flush = (): void => {
		this.scheduled = false;
		if (this.partial && this.pending.length === 0) return;
		if (this.pending.length === 0) return;
		const entry: ScrollEntry = {id: this.nextId++, text: this.pending.join('\n')};
		this.pending = [];
		const {items, generation} = this.snap;
		this.snap = items.length >= CAP ? {items: [entry], generation: generation + 1} : {items: [...items, entry], generation};
		this.emit();
	};

	private schedule(): void {
		if (this.scheduled) return;
		this.scheduled = true;
		setImmediate(this.flush);
	}

	private emit(): void {
		for (const l of this.listeners) l();
	}
}
