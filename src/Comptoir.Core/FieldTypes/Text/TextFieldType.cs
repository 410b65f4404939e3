namespace Comptoir.Core.FieldTypes;

public class TextFieldType : FieldType
{
    public override string Name => "text";
    public override CustomValueKind StoredAs => CustomValueKind.Text;
    public override FieldSettings DefaultSettings => TextSettings.Unlimited;
    public override FieldResult Parse(FieldDefinition field, string text) => FieldResult.Ok(text);
}
