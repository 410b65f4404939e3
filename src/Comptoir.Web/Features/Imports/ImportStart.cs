using Comptoir.Data.Imports;
using Comptoir.Data.Jobs;

namespace Comptoir.Web.Features.Imports;

/// <summary>An uploaded file: its name, and a way to read it from its start again (it is read in several passes).</summary>
public sealed record ImportUpload(string FileName, Func<Stream> Open);

/// <summary>How a file reads: its encoding, its delimiter and its columns.</summary>
public sealed record ImportFileLayout(string Encoding, char Delimiter, IReadOnlyList<string> Columns);

/// <summary>
/// From a file and its options to a queued import: the encoding detected (or checked), the columns read, the mapping
/// proposed (or checked against the columns and the module's fields), every row kept, then the job queued.
/// Errors are field-level, under <c>file</c> and <c>options.…</c>.
/// </summary>
public static class ImportStart
{
    public static async Task<((ImportRun Run, Job Job)? Started, Dictionary<string, List<string>>? Errors)> StartAsync(UserContext user,
        ModuleDefinition module, ImportUpload upload, ImportOptions options, IServiceProvider services, ImportStore imports, JobStore jobs,
        CancellationToken ct)
    {
        var (layout, fileError) = await LayoutAsync(upload, options, ct);
        if (layout is null) return (null, new() { ["file"] = [fileError!] });
        var (encoding, delimiter, columns) = layout;
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);

        var mapping = options.Mapping ?? ImportMapping.Propose(module, columns, services.GetKeyedService<ImportAliases>(module.Name));
        CheckMapping(module, columns, mapping, options.Defaults, errors);
        options.Duplicates?.Check(module, mapping.Values.Where(f => f.Length > 0).Concat(options.Defaults.Keys), errors);
        if (errors.Count > 0) return (null, errors);

        var run = await imports.CreateAsync(new ImportRun
        {
            Module = module.Name,
            UserId = user.UserId,
            FileName = upload.FileName.Length <= 255 ? upload.FileName : upload.FileName[..255],
            Options = options.ToJson(encoding, delimiter, mapping).ToJsonString(),
            Columns = new JsonArray([.. columns.Select(c => (JsonNode)c)]).ToJsonString(),
            DryRun = options.DryRun,
        }, ct);
        ImportFileShape shape;
        try
        {
            await using var stream = upload.Open();
            shape = await ImportFileReader.ReadAsync(stream, encoding, delimiter, options.Header, run.Id, chunks => imports.AddChunksAsync(chunks, ct), ct);
        }
        catch (ImportFileReader.BadFileException e)
        {
            await imports.DiscardAsync(run.Id, CancellationToken.None);
            return (null, new() { ["file"] = [e.Message] });
        }
        var job = await jobs.EnqueueAsync(ImportJob.Kind, module.Name, user, shape.Rows, ImportJob.Params(run.Id), ct);
        await imports.CompleteAsync(run.Id, shape.Rows, job.Id, ct);
        run.Rows = shape.Rows;
        run.JobId = job.Id;
        return ((run, job), null);
    }

    /// <summary>The encoding (detected unless given), the delimiter (likewise) and the columns; or why the file cannot be read.</summary>
    public static async Task<(ImportFileLayout? Layout, string? Error)> LayoutAsync(ImportUpload upload, ImportOptions options, CancellationToken ct)
    {
        string? detected;
        string? notText;
        await using (var stream = upload.Open()) (detected, notText) = await ImportEncodings.DetectAsync(stream, ct);
        if (notText is not null) return (null, notText);
        var encoding = options.Encoding ?? detected!;
        try
        {
            await using var stream = upload.Open();
            var (columns, delimiter) = await ImportFileReader.ColumnsAsync(stream, encoding, options.Delimiter, options.Header, ct);
            return (new ImportFileLayout(encoding, delimiter, columns), null);
        }
        catch (ImportFileReader.BadFileException e)
        {
            return (null, e.Message);
        }
    }

    private static void CheckMapping(ModuleDefinition module, IReadOnlyList<string> columns, IReadOnlyDictionary<string, string> mapping,
        IReadOnlyDictionary<string, string> defaults, Dictionary<string, List<string>> errors)
    {
        var importable = ImportMapping.Importable(module).Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (column, field) in mapping)
        {
            var key = "options.mapping." + column;
            if (!columns.Contains(column)) errors[key] = [ImportsText.T("Le fichier n'a pas de colonne « {0} » (colonnes : {1}).", column, string.Join(", ", columns))];
            else if (field.Length == 0) continue;
            else if (!importable.Contains(field)) errors[key] = [ImportsText.T("Champ inconnu ou en lecture seule : « {0} ».", field)];
            else if (!used.Add(field)) errors[key] = [ImportsText.T("Le champ « {0} » reçoit déjà une autre colonne.", field)];
        }
        foreach (var field in defaults.Keys.Where(k => !importable.Contains(k)))
            errors["options.defaults." + field] = [ImportsText.T("Champ inconnu ou en lecture seule : « {0} ».", field)];
        if (errors.Count == 0 && used.Count == 0)
            errors["options.mapping"] = [ImportsText.T("Aucune colonne ne correspond à un champ : indiquez la correspondance (« mapping »). Colonnes du fichier : {0}.", string.Join(", ", columns))];
    }
}
