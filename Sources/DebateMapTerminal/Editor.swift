import Foundation

/// The reader's editor, as Unix tools find it: `$VISUAL`, else `$EDITOR`, else `vi`, given
/// `+LINE FILE` (understood by vi, vim, nvim, emacs, nano, micro and helix). The variable may
/// hold arguments (`code -w`), so it is run by the shell, the file passed as an argument and
/// never spliced into the command.
enum Editor {
    static func command(path: String, line: Int, environment: [String: String] = ProcessInfo.processInfo.environment) -> [String] {
        let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? "vi"
        return ["/bin/sh", "-c", editor + " \"$@\"", "sh", "+\(max(1, line))", path]
    }
}
