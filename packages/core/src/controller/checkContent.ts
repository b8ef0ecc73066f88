import type { OutgoingContent } from '../OutgoingContent.ts';
import {
  checkBoolean,
  checkFile,
  checkFileName,
  checkLength,
  checkObject,
  checkOptional,
  checkSendableType,
  checkString,
  checkText,
} from '../rules/validate.ts';
import { checkCustomAttach, checkGeoAttach } from '../rules/validateSendRequest.ts';

/**
 * Checks what `Chat.send` is asked to send, with the rules a backend applies to the request
 * (`checkSendRequest`): a known type; for text and tips a text that is not blank and at most
 * `maxTextLength` long (`TEXT_TOO_LONG`); for custom and location messages an attachment of
 * the right shape; for files a non-empty `Blob` and a well-formed name. `INVALID_ARGUMENT`
 * names the field otherwise.
 */
export function checkContent(value: unknown, maxTextLength: number): OutgoingContent {
  const content = checkObject(value, 'content');
  const type = checkSendableType(content.type, 'content.type');
  checkOptional(content.needReceipt, 'content.needReceipt', checkBoolean);
  if (type === 'text' || type === 'tip') {
    checkText(content.body, 'content.body', maxTextLength);
    if (type === 'tip') checkOptional(content.countable, 'content.countable', checkBoolean);
    return value as OutgoingContent;
  }
  const body = checkOptional(content.body, 'content.body', checkString);
  if (body !== undefined) checkLength(body, 'content.body', maxTextLength);
  if (type === 'custom') checkCustomAttach(content.attach, 'content.attach');
  else if (type === 'geo') checkGeoAttach(content.attach, 'content.attach');
  else {
    const file = checkFile(content.file, 'content.file');
    const own = (file as Blob & { name?: unknown }).name;
    if (content.name !== undefined) checkFileName(content.name, 'content.name');
    else if (typeof own === 'string' && own !== '') checkFileName(own, 'content.file.name');
  }
  return value as OutgoingContent;
}
