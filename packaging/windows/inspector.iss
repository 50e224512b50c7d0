; Inno Setup script for Inspector (效能督查工作台). Build on Windows after `pyinstaller build.spec`:
;   iscc /DAppVersion=0.1.0 packaging\windows\inspector.iss
; Output: dist\inspector-VERSION-setup.exe. Installs per machine into Program Files, adds
; `inspector` to PATH (the installer asks), a Start-menu entry, and an uninstaller.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z
#endif

[Setup]
AppId={{6F2B9C8E-4E7A-4F1E-9A51-2C1D7D3B8E10}
AppName=Inspector 效能督查工作台
AppVersion={#AppVersion}
AppPublisher=Inspector
DefaultDirName={autopf}\Inspector
DefaultGroupName=Inspector
OutputDir=..\..\dist
OutputBaseFilename=inspector-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\inspector.ico
UninstallDisplayIcon={app}\inspector.exe
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesEnvironment=yes
PrivilegesRequired=admin
WizardStyle=modern

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "addtopath"; Description: "Add inspector to PATH / 将 inspector 加入 PATH"

[Files]
Source: "..\..\dist\inspector\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
Name: "{group}\Inspector 效能督查工作台"; Filename: "{app}\inspector.exe"
Name: "{group}\Uninstall Inspector"; Filename: "{uninstallexe}"

[Registry]
Root: HKLM; Subkey: "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"; \
  ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; \
  Check: NeedsAddPath(ExpandConstant('{app}'))

[Code]
function NeedsAddPath(Dir: string): Boolean;
var
  Path: string;
begin
  if not RegQueryStringValue(HKLM, 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment', 'Path', Path) then
  begin
    Result := True;
    exit;
  end;
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Path) + ';') = 0;
end;
