// The word diff is pure and shared with the web (wording proposals shown as a diff): it lives in the contract.
export { changed, diffWords } from '@samverkan/strategy/contract';
