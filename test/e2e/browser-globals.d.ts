// Code passed to page.evaluate() runs in the browser and names its globals (document, window). The
// DOM types used to arrive by accident through @xmldom/xmldom 0.8's typings; this says it on purpose.
/// <reference lib="dom" />
