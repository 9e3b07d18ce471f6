import type { ExportCatalog } from './export.catalog';

export const exportEn: ExportCatalog = {
  column: ({ column }) =>
    ({
      lastName: 'Last name', firstName: 'First name', title: 'Title', username: 'Username', type: 'Type', niss: 'NISS',
      status: 'Account status', email: 'E-mail address', language: 'Language', quality: 'Capacity (qualité)', application: 'Secured application',
      accessStatus: 'Access status', requestedAt: 'Requested on', activeSince: 'Active since', pendingUntil: 'Pending until',
      function: 'Function', functionStart: 'Function start', functionEnd: 'Function end',
    })[column],
  personType: ({ type }) => ({ USER: 'User', COLLABORATOR: 'Collaborator' })[type],
  userStatus: ({ status }) => ({ invited: 'Invited (password to choose)', active: 'Active', disabled: 'Disabled' })[status],
  accessStatus: ({ status }) => ({ pending: 'Pending', active: 'Active' })[status],
  exportSheet: () => 'Users',
  exportFileBase: () => 'users',
};
