// Builds a Runtime for a front end: the host it was given, every cmdlet of commands/index.ts, and the site.

import type {LaunchOptions} from './args.ts';
import type {Host} from '../host/host.ts';
import {Runtime} from '../engine/runtime.ts';
import {allCommands} from '../../commands/index.ts';
import {aboutTopics} from '../../commands/about/index.ts';
import {Site} from '../site/index.ts';

export async function createRuntime({opts, host}: {opts: LaunchOptions; host: Host}): Promise<Runtime> {
	const site = Site.create(opts.scenario ?? 'default');
	return new Runtime({
		host,
		commands: allCommands,
		aboutTopics,
		site,
		variables: {
			HOME: process.env.HOME ?? '',
		},
	});
}
