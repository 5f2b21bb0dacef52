// The prompt strings, as pwsh shows them.

export const promptText = (location: string): string => `PS ${location}> `;
export const CONTINUATION = '>> ';
