// Imported first by tests that check colours: chalk (inside Ink) decides on colour when it loads.
process.env.FORCE_COLOR = '1';
