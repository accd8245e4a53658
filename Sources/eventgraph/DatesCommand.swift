import ArgumentParser
import EventGraphModel
import Foundation
import TemporalTagger
import TextAnalysis

/// `eventgraph dates`: the temporal tagger as a command.
struct DatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dates",
        abstract: "Find date expressions and print one JSON object per line, in text order.",
        discussion: """
            Each line: {"start", "end", "text", "value", "grain", "type"}; offsets count code points.
            Without --ref, relative expressions stay unresolved (XXXX-… values).

            Example:
              echo 'التقى الوزيران السبت الماضي' | eventgraph dates --ref 2022-11-08 --lang ar
            """)

    @Option(help: "The reference (publication) date, YYYY-MM-DD.")
    var ref: String?

    @Option(help: "Language: ar, en or auto.")
    var lang: LanguageChoice = .auto

    @Argument(help: "A text file, or - (the default) for standard input.")
    var file: String = "-"

    mutating func validate() throws {
        if let ref, !DayFormat.isValid(ref) {
            throw ValidationError("--ref: '\(ref)' is not a date of the form YYYY-MM-DD")
        }
    }

    func run() throws {
        let data: Data
        if file == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let contents = FileManager.default.contents(atPath: file) else {
                Terminal.error(InputError(.notFound, path: file, reason: "no such file or not readable").description)
                throw InputsRejected()
            }
            data = contents
        }
        guard let text = String(data: data, encoding: .utf8) else {
            Terminal.error(InputError(.notUTF8, path: file, reason: "the input is not UTF-8 text").description)
            throw InputsRejected()
        }
        let tagger = try TemporalTagger.shipped()
        let language = lang.code ?? LanguageGuess.of(text)
        let lines = tagger.tag(text, language: language, anchor: ref).map(JSONText.dateLine)
        try Terminal.write(lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n", to: nil, sparing: nil)
    }
}
