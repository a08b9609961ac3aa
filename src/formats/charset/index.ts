export { decodeBytes, type Decoded, type DecodedBy, type DecodeHints } from './decode.js';
