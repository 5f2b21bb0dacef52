// The about_ topics Get-Help serves, by name. Each topic is its own module in this folder.
export const aboutTopics = new Map<string, string>();
