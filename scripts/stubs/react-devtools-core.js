// Ink imports react-devtools-core only when DEV is set; the bundle carries this empty stand-in instead.
export default {initialize() {}, connectToDevTools() {}};
