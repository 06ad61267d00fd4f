'use strict';
// Starts the dashboard once every page script has registered itself.
window.UI.start();
