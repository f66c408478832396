// The add-on's version, as package.json has it (a test keeps the two equal): shown by 诊断.
export const VERSION = '0.1.0';
