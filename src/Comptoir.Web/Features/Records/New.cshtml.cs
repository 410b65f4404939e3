using Comptoir.Core.FieldTypes;
using Comptoir.Data.Records;
using Comptoir.Web.Features.Shared.Records;
using Comptoir.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Comptoir.Web.Features.Records;

public sealed class NewModel(IServiceProvider services, CurrentUser current, RecordNames names, IStringLocalizer<RecordsText> t)
    : RecordPage(services, current, names, t)
{
    public RecordForm Form { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var user = await UserAsync(ct);
        Form = RecordForm.Blank(Module, new OwnerRef(OwnerKind.User, user.UserId));
        Form.Choices = await Names.ChoicesAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var user = await UserAsync(ct);
        Form = RecordForm.FromPost(Module, Request.Form);
        var outcome = await Store.CreateRecordAsync(user, Form.ToInput(), ct);
        if (outcome.Status == SaveStatus.Saved)
        {
            var record = outcome.Record!;
            TempData["Flash"] = T["« {0} » enregistré.", RecordTitles.Name(Module, record)].Value;
            return Redirect($"{BaseUrl}/{record.Id}");
        }
        // Refused: the same page, each error beside its field, everything typed kept.
        foreach (var (key, messages) in outcome.Validation?.Errors ?? []) Form.Errors[key] = messages;
        Form.Choices = await Names.ChoicesAsync(ct);
        return Page();
    }
}
