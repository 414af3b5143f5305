// The parsers of the format's fields, made once. (Built inline in JSX, a
// generic parser loses its type to TypeScript's inference; as constants they
// keep it, and are not rebuilt on every render.)
import {
  addressMaybeCidrField,
  cidrField,
  flowServiceField,
  idField,
  ipv4Field,
  nameField,
  portNameField,
  selectorField,
  serviceField,
  tagField,
  vlanListField,
} from '../../../model/fields';
import { commaList, fromSchema, optional } from './parsers';

export const parseId = fromSchema(idField);
export const parseOptionalName = optional(fromSchema(nameField));
export const parsePortName = fromSchema(portNameField);
export const parseCidr = fromSchema(cidrField);
export const parseOptionalCidr = optional(parseCidr);
export const parseIpv4 = fromSchema(ipv4Field);
export const parseOptionalIpv4 = optional(parseIpv4);
export const parseOptionalHostAddress = optional(fromSchema(addressMaybeCidrField));
export const parseVlanList = fromSchema(vlanListField);
export const parseOptionalVlanList = optional(parseVlanList);
export const parseOptionalService = optional(fromSchema(serviceField));
export const parseServiceList = commaList(fromSchema(serviceField));
export const parseOptionalFlowService = optional(fromSchema(flowServiceField));
export const parseSelectorList = commaList(fromSchema(selectorField));
export const parseTagList = commaList(fromSchema(tagField));
