import { safeStorage } from 'electron'
import type { SecretCipher } from '../secrets/EncryptedFileSecretStore'
import type { SecretProtection } from '../secrets/SecretStore'

/** Electron's safeStorage: the OS keychain (Keychain, DPAPI, libsecret / kwallet). */
export const safeStorageCipher: SecretCipher = {
  protection(): SecretProtection {
    if (!safeStorage.isEncryptionAvailable()) return 'unavailable'
    if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') {
      return 'basic_text'
    }
    return 'os'
  },
  encrypt: (plain) => safeStorage.encryptString(plain),
  decrypt: (sealed) => safeStorage.decryptString(sealed),
}
