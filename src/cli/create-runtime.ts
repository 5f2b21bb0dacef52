// Builds a Runtime for a front end: the host it was given, every cmdlet of commands/manifest.ts (loaded on use),
// the lab's site, $PROFILE, the lab catalog for Get-SimLab, and the profile run.

import type {LaunchOptions} from './args.ts';
import type {Host} from '../host/host.ts';
import {Runtime} from '../engine/runtime.ts';
import {commandManifest} from '../../commands/manifest.ts';
import {aboutTopics} from '../../commands/about/index.ts';
import {Site} from '../site/index.ts';
import {profilePath} from '../store/config-dir.ts';
import {attachLabCatalog} from '../store/session-labs.ts';
import {prepareLab} from './prepare-lab.ts';
import {runProfile} from './profile.ts';

/** A runtime over `site` with every cmdlet, and nothing else: no lab, no profile (shell completion, tests). */
export function bareRuntime(host: Host, site: unknown, variables: Record<string, unknown> = {}): Runtime {
	return new Runtime({host, manifest: commandManifest, aboutTopics, site, variables: {HOME: process.env.HOME ?? '', ...variables}});
}

export async function createRuntime({opts, host}: {opts: LaunchOptions; host: Host}): Promise<Runtime> {
	const prepared = opts.prepared ?? prepareLab(opts, {interactive: false});
	const profile = profilePath(prepared.configDir);
	const rt = bareRuntime(host, prepared.site, {PROFILE: profile});
	attachLabCatalog(rt, prepared.catalog);
	// Reset-SimSite replaces the site; the lab follows, or the new site would never be saved.
	const session = prepared.session;
	if (session) rt.onSiteReplaced(site => {
		if (site instanceof Site) session.replaceSite(site);
	});
	for (const message of prepared.warnings.splice(0)) host.writeWarning(message);
	prepared.onWarning(message => host.writeWarning(message));
	if (!opts.noProfile) await runProfile(rt, profile);
	return rt;
}
