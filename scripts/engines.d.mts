export const firefoxPath: string;
export const webkitDriverPath: string;
export function miniBrowserPath(): string | undefined;
export function missingPackages(): string[];
