namespace Comptoir.Core.Validation;

/// <summary>Why a SIRET was rejected; distinguishes typos in length/characters from wrong digits.</summary>
public enum SiretError
{
    None,
    Format,
    Checksum,
}
