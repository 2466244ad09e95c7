using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using XjKeji.Domain.Budget;
using XjKeji.Domain.Indicators;
using XjKeji.Domain.Programs;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Reporting;

namespace XjKeji.Infrastructure.Storage;

/// <summary>
/// The stored form of the report's read model: one project's <see cref="ReportFacts"/>, and one project's accepted
/// files, as positional JSON arrays. A year's report reads every project's facts, so each character counts about 100,000
/// times: a target is <c>[1,12]</c> (AX-TALENTS, 12), not the 80 characters of <see cref="IndicatorTarget"/>'s own JSON.
/// <list type="bullet">
/// <item>Facts: <c>[id, audit sequence, program year, category, institution, stage, flags (1 carried over, 2 contract
/// signed), approved or null, fiscal total, self-raised, [[year, amount]…], [target…], [actual…], [evidence name…]]</c>.
/// Enums are their declared numbers. A target is <c>[code, number]</c> (the code as its <see cref="StoredIndicatorCodes"/>
/// number when it has one, else as text; entries written before the numbers have text), then the comparator when not Exactly and the
/// text when there is one; an actual is <c>[code, number, [evidence name index…]]</c>, then the same two. Each evidence
/// name is stored once per project, a blob name of the project's own without its <c>{project id}</c> prefix.</item>
/// <item>Too large for one property: <c>[id, audit sequence, null]</c>; the reader loads the project.</item>
/// <item>Accepted files: <c>[id, [[upload time in UTC ticks, blob name]…]]</c>, names shortened the same way; too many
/// to keep: <c>[id, null]</c>.</item>
/// </list>
/// A shortened name starts with <c>/</c>; any other name that starts with <c>/</c> or <c>\</c> is stored behind a <c>\</c>.
/// </summary>
public static class ReportFactsJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>The stored form of a project's facts.</summary>
    public static string Write(ReportFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var names = new List<string>();
        return WriteArray(w =>
        {
            w.WriteStringValue(facts.ProjectId);
            w.WriteNumberValue(facts.AuditSequence);
            w.WriteNumberValue(facts.ProgramYear);
            w.WriteNumberValue((int)facts.Category);
            w.WriteStringValue(facts.InstitutionId);
            w.WriteNumberValue((int)facts.Stage);
            w.WriteNumberValue((facts.IsCarriedOver ? 1 : 0) | (facts.ContractSigned ? 2 : 0));
            WriteNumber(w, facts.ApprovedFiscalCny);
            w.WriteNumberValue(facts.FiscalTotalCny);
            w.WriteNumberValue(facts.SelfRaisedCny);
            w.WriteStartArray();
            foreach (var d in facts.Disbursements)
            {
                w.WriteStartArray();
                w.WriteNumberValue(d.ProgramYear);
                w.WriteNumberValue(d.FiscalCny);
                w.WriteEndArray();
            }

            w.WriteEndArray();
            w.WriteStartArray();
            foreach (var t in facts.Targets)
            {
                WriteValue(w, t.IndicatorCode, t.Value, null);
            }

            w.WriteEndArray();
            w.WriteStartArray();
            foreach (var a in facts.Actuals)
            {
                WriteValue(w, a.IndicatorCode, a.Value, [.. a.EvidenceIds.Select(id => IndexOf(names, id))]);
            }

            w.WriteEndArray();
            w.WriteStartArray();
            foreach (var name in names)
            {
                w.WriteStringValue(Shorten(facts.ProjectId, name));
            }

            w.WriteEndArray();
        });
    }

    /// <summary>The facts a <see cref="Write"/> stored; null when it stored <see cref="WriteTooLarge"/>'s marker.</summary>
    public static ReportFacts? Read(string json) => InUtf8(json, static utf8 => Read(utf8));

    /// <summary>The same, from the stored string's UTF-8 bytes (as a table query's response carries them).</summary>
    public static ReportFacts? Read(ReadOnlySpan<byte> utf8Json) => Read(utf8Json, null);

    /// <summary>
    /// The same, the entry sharing its equal targets, tranches and institution with the others read through
    /// <paramref name="sharing"/> (none when null).
    /// </summary>
    public static ReportFacts? Read(ReadOnlySpan<byte> utf8Json, ReportFactsSharing? sharing)
    {
        var reader = Open(utf8Json);
        var id = NextString(ref reader);
        var sequence = NextInt(ref reader);
        Next(ref reader);
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        var year = reader.GetInt32();
        var category = (CategoryCode)NextInt(ref reader);
        var institution = NextString(ref reader);
        var stage = (ProjectStage)NextInt(ref reader);
        var flags = NextInt(ref reader);
        var approved = NextDecimalOrNull(ref reader);
        var fiscal = NextDecimalOrNull(ref reader)!.Value;
        var selfRaised = NextDecimalOrNull(ref reader)!.Value;
        var tranches = new List<FiscalDisbursement>(3);
        Expect(ref reader, JsonTokenType.StartArray);
        while (Next(ref reader) == JsonTokenType.StartArray)
        {
            var (trancheYear, amount) = (NextInt(ref reader), NextDecimalOrNull(ref reader)!.Value);
            tranches.Add(sharing?.Tranche(trancheYear, amount) ?? new FiscalDisbursement(trancheYear, amount));
            Expect(ref reader, JsonTokenType.EndArray);
        }

        var targets = new List<IndicatorTarget>(8);
        Expect(ref reader, JsonTokenType.StartArray);
        while (Next(ref reader) == JsonTokenType.StartArray)
        {
            var (code, value) = ReadValue(ref reader, null);
            targets.Add(sharing?.Target(code, value) ?? new IndicatorTarget(code, value));
        }

        // Evidence is named by index into the list of names that follows the actuals.
        List<(string Code, IndicatorValue Value, int[] Evidence)>? actuals = null;
        Expect(ref reader, JsonTokenType.StartArray);
        var evidence = new List<int>();
        while (Next(ref reader) == JsonTokenType.StartArray)
        {
            evidence.Clear();
            var (code, value) = ReadValue(ref reader, evidence);
            (actuals ??= []).Add((code, sharing?.Value(value) ?? value, [.. evidence]));
        }

        var names = new List<string>();
        Expect(ref reader, JsonTokenType.StartArray);
        while (Next(ref reader) == JsonTokenType.String)
        {
            names.Add(Expand(id, reader.GetString()!));
        }

        IndicatorActual[] read = actuals is null ? [] : new IndicatorActual[actuals.Count];
        for (var i = 0; i < read.Length; i++)
        {
            var (code, value, indexes) = actuals![i];
            var ids = new string[indexes.Length];
            for (var j = 0; j < ids.Length; j++)
            {
                ids[j] = names[indexes[j]];
            }

            read[i] = new IndicatorActual(code, value, ids);
        }

        return new ReportFacts(id, year, category, sharing?.Institution(institution) ?? institution, stage, (flags & 1) != 0, (flags & 2) != 0, approved, fiscal, selfRaised,
            tranches.ToArray(), targets.ToArray(), read, sequence);
    }

    /// <summary>The marker stored instead of facts too large for one property: the reader loads the project itself.</summary>
    public static string WriteTooLarge(string projectId, int auditSequence) => WriteArray(w =>
    {
        w.WriteStringValue(projectId);
        w.WriteNumberValue(auditSequence);
        w.WriteNullValue();
    });

    /// <summary>The project id and audit sequence of stored facts or of their marker.</summary>
    public static (string ProjectId, int AuditSequence) ReadVersion(string json) => InUtf8(json, static utf8 => ReadVersion(utf8));

    /// <summary>The same, from the stored string's UTF-8 bytes.</summary>
    public static (string ProjectId, int AuditSequence) ReadVersion(ReadOnlySpan<byte> utf8Json)
    {
        var reader = Open(utf8Json);
        return (NextString(ref reader), NextInt(ref reader));
    }

    /// <summary>The stored form of a project's accepted files; null <paramref name="files"/> marks a list too long to keep.</summary>
    public static string WriteFiles(string projectId, IReadOnlyList<(DateTimeOffset UploadedAt, string BlobName)>? files) => WriteArray(w =>
    {
        w.WriteStringValue(projectId);
        if (files is null)
        {
            w.WriteNullValue();
            return;
        }

        w.WriteStartArray();
        foreach (var (at, blob) in files)
        {
            w.WriteStartArray();
            w.WriteNumberValue(at.UtcTicks);
            w.WriteStringValue(Shorten(projectId, blob));
            w.WriteEndArray();
        }

        w.WriteEndArray();
    });

    /// <summary>The project and files a <see cref="WriteFiles"/> stored; null files when it stored the too-long marker.</summary>
    public static (string ProjectId, IReadOnlyList<(DateTimeOffset UploadedAt, string BlobName)>? Files) ReadFiles(string json) =>
        InUtf8(json, static utf8 => ReadFiles(utf8));

    /// <summary>The same, from the stored string's UTF-8 bytes.</summary>
    public static (string ProjectId, IReadOnlyList<(DateTimeOffset UploadedAt, string BlobName)>? Files) ReadFiles(ReadOnlySpan<byte> utf8Json)
    {
        var reader = Open(utf8Json);
        var id = NextString(ref reader);
        if (Next(ref reader) == JsonTokenType.Null)
        {
            return (id, null);
        }

        var files = new List<(DateTimeOffset, string)>();
        while (Next(ref reader) == JsonTokenType.StartArray)
        {
            Next(ref reader);
            var at = new DateTimeOffset(reader.GetInt64(), TimeSpan.Zero);
            files.Add((at, Expand(id, NextString(ref reader))));
            Expect(ref reader, JsonTokenType.EndArray);
        }

        return (id, files);
    }

    private static string WriteArray(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            w.WriteStartArray();
            body(w);
            w.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteValue(Utf8JsonWriter w, string code, IndicatorValue value, int[]? evidence)
    {
        w.WriteStartArray();
        if (StoredIndicatorCodes.TryNumber(code, out var number))
        {
            w.WriteNumberValue(number);
        }
        else
        {
            w.WriteStringValue(code);
        }

        WriteNumber(w, value.Number);
        if (evidence is not null)
        {
            w.WriteStartArray();
            foreach (var i in evidence)
            {
                w.WriteNumberValue(i);
            }

            w.WriteEndArray();
        }

        if (value.Comparator != IndicatorComparator.Exactly || value.Text is not null)
        {
            w.WriteNumberValue((int)value.Comparator);
        }

        if (value.Text is not null)
        {
            w.WriteStringValue(value.Text);
        }

        w.WriteEndArray();
    }

    private static (string Code, IndicatorValue Value) ReadValue(ref Utf8JsonReader reader, List<int>? evidence)
    {
        // A number (StoredIndicatorCodes), or the code itself as entries before the numbers and codes without one have it;
        // then the catalog's own string: 100,000 projects' targets and actuals share a few dozen codes, not a million copies.
        var code = Next(ref reader) switch
        {
            JsonTokenType.Number => StoredIndicatorCodes.Code(reader.GetInt32()),
            JsonTokenType.String => CatalogCode(reader.GetString()!),
            var other => throw new InvalidDataException($"The report read model's entry has {other} where an indicator code belongs."),
        };
        var number = NextDecimalOrNull(ref reader);
        if (evidence is not null)
        {
            Expect(ref reader, JsonTokenType.StartArray);
            while (Next(ref reader) == JsonTokenType.Number)
            {
                evidence.Add(reader.GetInt32());
            }
        }

        var comparator = IndicatorComparator.Exactly;
        string? text = null;
        if (Next(ref reader) == JsonTokenType.Number)
        {
            comparator = (IndicatorComparator)reader.GetInt32();
            if (Next(ref reader) == JsonTokenType.String)
            {
                text = reader.GetString();
                Next(ref reader);
            }
        }

        return (code, new IndicatorValue(number, comparator, text));
    }

    private static string CatalogCode(string code) => IndicatorCatalog.Find(code)?.Code ?? code;

    private static void WriteNumber(Utf8JsonWriter w, decimal? value)
    {
        if (value is { } v)
        {
            w.WriteNumberValue(v);
        }
        else
        {
            w.WriteNullValue();
        }
    }

    private static int IndexOf(List<string> names, string name)
    {
        var i = names.IndexOf(name);
        if (i < 0)
        {
            names.Add(name);
            i = names.Count - 1;
        }

        return i;
    }

    // A name of the project's own loses its "{project id}" (keeping the '/'); any other name starting with '/' or '\\'
    // gets a '\\' in front, so the two never meet.
    private static string Shorten(string projectId, string name) =>
        name.Length > projectId.Length && name.StartsWith(projectId, StringComparison.Ordinal) && name[projectId.Length] == '/' ? name[projectId.Length..]
        : name.StartsWith('/') || name.StartsWith('\\') ? "\\" + name
        : name;

    private static string Expand(string projectId, string stored) =>
        stored.StartsWith('\\') ? stored[1..] : stored.StartsWith('/') ? projectId + stored : stored;

    private delegate T Utf8Read<out T>(ReadOnlySpan<byte> utf8Json);

    // The string's UTF-8 bytes in a pooled buffer, for the span reader.
    private static T InUtf8<T>(string json, Utf8Read<T> read)
    {
        ArgumentNullException.ThrowIfNull(json);
        var rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(json.Length));
        try
        {
            return read(rented.AsSpan(0, Encoding.UTF8.GetBytes(json, rented)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static Utf8JsonReader Open(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json);
        Expect(ref reader, JsonTokenType.StartArray);
        return reader;
    }

    private static JsonTokenType Next(ref Utf8JsonReader reader) =>
        reader.Read() ? reader.TokenType : throw new InvalidDataException("The report read model's entry ends early.");

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (Next(ref reader) != type)
        {
            throw new InvalidDataException($"The report read model's entry has {reader.TokenType} where {type} belongs.");
        }
    }

    private static string NextString(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.String);
        return reader.GetString()!;
    }

    private static int NextInt(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.Number);
        return reader.GetInt32();
    }

    private static decimal? NextDecimalOrNull(ref Utf8JsonReader reader) => Next(ref reader) switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.Number => reader.GetDecimal(),
        var other => throw new InvalidDataException($"The report read model's entry has {other} where a number belongs."),
    };
}
