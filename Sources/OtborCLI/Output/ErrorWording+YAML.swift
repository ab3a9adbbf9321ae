import OtborLoading

/// A file that is not readable YAML (`OtborLoading`'s ``YAMLProblem``) in the terminal's language.
/// The parser's (libyaml's) complaints are English sentences; the common ones and what the parser
/// was doing are worded through ``YAMLPhrase``, any other is quoted as the parser wrote it.
extension ErrorWording {
    func yaml(_ problem: YAMLProblem) -> String {
        switch problem {
        case .notUTF8: return words(.yamlNotUTF8)
        case .nulByte: return words(.yamlNulByte)
        case .empty: return words(.yamlEmpty)
        case .noDocument: return words(.yamlNoDocument)
        case .tooDeep(let limit): return words(.yamlTooDeep, ["limit": String(limit)])
        case .syntax(let complaint, let context, let tabs):
            var values = ["problem": parser(complaint)]
            if let context {
                values.merge(["context": parser(context.text), "line": String(context.line), "column": String(context.column)]) { $1 }
            }
            return words(context == nil ? .yamlSyntax : .yamlSyntaxWhile, values) + (tabs ? words(.yamlTabs) : "")
        case .unclosed(let complaint, let context):
            return words(.yamlUnclosed, ["problem": parser(complaint), "context": parser(context.text)])
        case .unreadable(let complaint): return words(.cannotReadData, ["reason": parser(complaint)])
        case .duplicateKey(let key): return words(.yamlDuplicateKey, ["key": key])
        case .other(let text): return words(.yamlOther, ["text": text])
        }
    }

    /// The parser's sentence in the terminal's language when the catalogue has it, else as written.
    private func parser(_ text: String) -> String {
        YAMLPhrase(rawValue: text).map { words.text($0) } ?? text
    }
}
