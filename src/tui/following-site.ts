// The site the panes and the live clock watch: whichever site the runtime has now. Reset-SimSite swaps the
// runtime's site; this source moves its subscription to the new one and tells its listeners.

import type {Runtime} from '../engine/runtime.ts';
import type {SiteSnapshot} from '../site/index.ts';
import type {SiteSource} from './site-view.ts';

export class FollowingSite implements SiteSource {
	constructor(private readonly rt: Runtime) {}

	snapshot(): SiteSnapshot {
		return this.rt.site.snapshot();
	}

	advance(ms: number): void {
		this.rt.site.advance(ms);
	}

	onChange(listener: () => void): () => void {
		let detach: (() => void) | void = this.rt.site.onChange(listener);
		const stopFollowing = this.rt.onSiteReplaced(site => {
			detach?.();
			detach = site.onChange(listener);
			listener();
		});
		return () => {
			detach?.();
			stopFollowing();
		};
	}
}
