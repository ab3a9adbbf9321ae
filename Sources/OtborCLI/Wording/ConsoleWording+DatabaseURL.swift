import OtborStorePostgres

extension ConsoleWording {
    /// Why a `--database` URL was refused, in the command line's language, never repeating a password.
    func databaseURL(_ problem: PostgresURL.Problem) -> String {
        switch problem {
        case .passwordInURL: self(StoragePhrase.databaseURLPassword)
        case .malformed(let text): self(StoragePhrase.databaseURLMalformed, ["value": text])
        case .badPort(let text): self(StoragePhrase.databaseURLPort, ["value": text])
        case .badSSLMode(let text):
            self(StoragePhrase.databaseURLSSLMode, ["value": text,
                                                    "accepted": PostgresURL.SSLMode.allCases.map(\.rawValue).joined(separator: ", ")])
        case .unknownParameter(let name): self(StoragePhrase.databaseURLParameter, ["value": name])
        case .missingRootCertificate(let path): self(StoragePhrase.databaseURLRootCertificate, ["value": path])
        }
    }
}
