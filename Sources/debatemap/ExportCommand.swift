import ArgumentParser
import DebateMap
import Foundation

/// `debatemap export --to json|argdown|dot|markdown|aif [-o FILE]`: the whole resolved corpus
/// in another format, to standard output or, safely, to a file.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write the whole resolved corpus in another format.",
        discussion: "argdown re-reads to the same corpus; dot is for Graphviz; aif is an AIF nodeset. See docs/formats.md for what each keeps.")

    enum Target: String, ExpressibleByArgument, CaseIterable { case json, argdown, dot, markdown, aif }

    @Option(help: "The format to write: json, argdown, dot, markdown or aif.")
    var to: Target = .json

    @Option(name: [.customShort("o"), .long], help: ArgumentHelp("Write to this file instead of standard output (`-` or /dev/stdout: standard output).", valueName: "file"))
    var output: String?

    @Flag(help: "Replace the output file if it exists.")
    var force = false

    @Argument(help: "Corpus folders or map files (default: --data, $DEBATEMAP_DATA, or the built-in corpus).")
    var paths: [String] = []

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let c = try corpus.loadValid(paths: paths)
        var text: String
        switch to {
        // JSON escapes every control, on a terminal too; it is written a part at a time.
        case .json: return try write { emit in JSONShapes.writeExport(c, emit) }
        case .argdown: text = ArgdownWriter(corpus: c, textPath: essayTextPath).write()
        case .dot: text = DOTWriter(corpus: c).write()
        case .markdown: text = MarkdownWriter(corpus: c).write()
        case .aif: text = AIFWriter(corpus: c).write()
        }
        // On a terminal, controls from the corpus are shown, not obeyed; into a pipe or a file
        // the export is exact, so it reads back to the same corpus.
        if toStandardOutput, Output.stdoutIsTerminal { text = SafeText.clean(text, keepNewlines: true) }
        try text.withUTF8 { bytes in try write { emit in _ = emit(UnsafeRawBufferPointer(bytes)) } }
    }

    var toStandardOutput: Bool { output.map(OutputFile.isStandardOutput) ?? true }

    /// The export to standard output or, safely, to the file `-o` names; `produce` hands
    /// its bytes to `emit` a part at a time.
    func write(_ produce: (_ emit: (UnsafeRawBufferPointer) -> Bool) -> Void) throws {
        guard let output, !toStandardOutput else {
            return produce { part in
                Output.print(bytes: part)
                return true
            }
        }
        do {
            try OutputFile.write(to: output, overwrite: force, produce)
        } catch let failure as OutputFile.Failure {
            Output.error("debatemap: \(failure.description)")
            throw ExitCode(1)
        }
    }

    /// An essay's text file as the Argdown export names it: relative to the output's folder when
    /// the corpus came from a folder on disk, else as the corpus's `maps/` would name it.
    func essayTextPath(_ essay: Essay) -> String {
        let folder = paths.first { FileSystemSource().isDirectory($0) } ?? (paths.isEmpty ? corpus.folder : nil)
        guard let folder else { return "../" + essay.textPath }
        let cwd = FileManager.default.currentDirectoryPath
        func absolute(_ p: String) -> String { p.hasPrefix("/") ? PathName.normalize(p) : PathName.join(cwd, p) }
        let text = absolute(PathName.join(folder, essay.textPath))
        let base = absolute(output.map(PathName.directory) ?? ".")
        return PathName.relativePath(from: base, to: text)
    }
}
