// Gyomu's configuration of Camunda's Admin (replaces the webjar's example config.js):
// language, name in the header and the link back to Gyomu (app/gyomu/webapps.js).
import { config } from '../../gyomu/webapps.js';

export default config('admin', {});
