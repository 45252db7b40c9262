; Inno Setup script of Voimaa's per-user Windows installer.
;   iscc /DAppVersion=0.1.0 packaging\voimaa.iss     (after building dist\Voimaa with voimaa.spec)
; Output: dist\installer\Voimaa-<version>-setup.exe
;
; No admin rights: installs into %LOCALAPPDATA%\Programs\Voimaa for the current user only.
; Associates no file types (.zip files stay with whatever opens them now).
; The user's data (%LOCALAPPDATA%\Voimaa\Voimaa) is kept on uninstall unless the user ticks the box.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Voimaa"
#define BundleDir "..\dist\Voimaa"
#define GuiExe "Voimaa.exe"
#define CliExe "voimaa-cli.exe"
#define IconFile "icon\voimaa.ico"

[Setup]
AppId={{7C3E5B1A-5F0D-4C1B-9A3E-5E8D2B6A9F41}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Voimaa vertaisuudesta
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\Voimaa
DisableDirPage=yes
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ChangesAssociations=no
OutputDir=..\dist\installer
OutputBaseFilename=Voimaa-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#GuiExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ShowLanguageDialog=no

[Languages]
Name: "finnish"; MessagesFile: "compiler:Languages\Finnish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
finnish.DesktopIcon=Luo kuvake työpöydälle
english.DesktopIcon=Create a desktop shortcut
finnish.RemoveData=Poista myös tallennetut tiedot (ryhmät, osallistujat, varmuuskopiot) tästä kansiosta
english.RemoveData=Also delete the saved data (groups, participants, backups) in this folder
finnish.KeepData=Voimaa poistetaan. Tallennetut tiedot jäävät koneelle, ellet valitse niiden poistoa. Ne ovat kansiossa:
english.KeepData=Your data is kept unless you choose to delete it. It is in the folder:

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked

[Files]
; The whole PyInstaller onedir bundle: Voimaa.exe, voimaa-cli.exe and _internal\.
Source: "{#BundleDir}\{#GuiExe}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#BundleDir}\{#CliExe}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#BundleDir}\_internal\*"; DestDir: "{app}\_internal"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#GuiExe}"; IconFilename: "{app}\{#GuiExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; IconFilename: "{app}\{#GuiExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Code]
{ The data folder is platformdirs.user_data_dir("Voimaa", roaming=False), which on Windows is
  %LOCALAPPDATA%\<appauthor = appname>\<appname> = %LOCALAPPDATA%\Voimaa\Voimaa.
  Before uninstalling, a small window says where it is and offers a box, unticked, to delete it. }
var
  RemoveData: Boolean;

function DataDir(): String;
begin
  Result := ExpandConstant('{localappdata}\Voimaa\Voimaa');
end;

function AskAboutData(): Boolean;
var
  Form: TSetupForm;
  Info: TNewStaticText;
  PathEdit: TNewEdit;
  Box: TNewCheckBox;
  OkButton, CancelButton: TNewButton;
begin
  Form := CreateCustomForm(ScaleX(480), ScaleY(190), False, True);
  try
    Form.Caption := 'Voimaa';
    Info := TNewStaticText.Create(Form);
    Info.Parent := Form;
    Info.Left := ScaleX(12);
    Info.Top := ScaleY(12);
    Info.Width := Form.ClientWidth - ScaleX(24);
    Info.WordWrap := True;
    Info.Caption := CustomMessage('KeepData');
    PathEdit := TNewEdit.Create(Form);
    PathEdit.Parent := Form;
    PathEdit.Left := ScaleX(12);
    PathEdit.Top := ScaleY(52);
    PathEdit.Width := Form.ClientWidth - ScaleX(24);
    PathEdit.ReadOnly := True;
    PathEdit.Text := DataDir();
    Box := TNewCheckBox.Create(Form);
    Box.Parent := Form;
    Box.Left := ScaleX(12);
    Box.Top := ScaleY(86);
    Box.Width := Form.ClientWidth - ScaleX(24);
    Box.Height := ScaleY(36);
    Box.Checked := False;
    Box.Caption := CustomMessage('RemoveData');
    OkButton := TNewButton.Create(Form);
    OkButton.Parent := Form;
    OkButton.Caption := SetupMessage(msgButtonOK);
    OkButton.ModalResult := mrOk;
    OkButton.Default := True;
    OkButton.Left := Form.ClientWidth - ScaleX(180);
    OkButton.Top := Form.ClientHeight - ScaleY(36);
    OkButton.Width := ScaleX(80);
    CancelButton := TNewButton.Create(Form);
    CancelButton.Parent := Form;
    CancelButton.Caption := SetupMessage(msgButtonCancel);
    CancelButton.ModalResult := mrCancel;
    CancelButton.Cancel := True;
    CancelButton.Left := Form.ClientWidth - ScaleX(92);
    CancelButton.Top := OkButton.Top;
    CancelButton.Width := ScaleX(80);
    Result := Form.ShowModal() = mrOk;
    RemoveData := Result and Box.Checked;
  finally
    Form.Free();
  end;
end;

function InitializeUninstall(): Boolean;
begin
  RemoveData := False;
  Result := True;
  if (not UninstallSilent()) and DirExists(DataDir()) then
    Result := AskAboutData();
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and RemoveData then
  begin
    DelTree(DataDir(), True, True, True);
    RemoveDir(ExtractFileDir(DataDir()));  { %LOCALAPPDATA%\Voimaa, only if now empty }
  end;
end;
