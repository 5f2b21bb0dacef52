// The about_ topics Get-Help serves, by name. Each topic is its own module in this folder.

import * as scpModes from './about_ScpModes.ts';
import * as serviceConnectionPoint from './about_ServiceConnectionPoint.ts';
import * as simClock from './about_SimClock.ts';

export const aboutTopics = new Map<string, string>([serviceConnectionPoint, scpModes, simClock].map((t) => [t.name, t.text]));
