# GENERATED from ui/reset_password_dialog.ui — do not edit; run `make forms` to regenerate.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ResetPasswordDialog(object):
    def setupUi(self, ResetPasswordDialog):
        if not ResetPasswordDialog.objectName():
            ResetPasswordDialog.setObjectName(u"ResetPasswordDialog")
        ResetPasswordDialog.resize(460, 260)
        self.dialogLayout = QVBoxLayout(ResetPasswordDialog)
        self.dialogLayout.setSpacing(6)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(22, 18, 22, 16)
        self.introLabel = QLabel(ResetPasswordDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.spacer6 = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.dialogLayout.addItem(self.spacer6)

        self.passwordLabel = QLabel(ResetPasswordDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.dialogLayout.addWidget(self.passwordLabel)

        self.passwordRow = QHBoxLayout()
        self.passwordRow.setSpacing(6)
        self.passwordRow.setObjectName(u"passwordRow")
        self.passwordEdit = QLineEdit(ResetPasswordDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setProperty(u"field", True)

        self.passwordRow.addWidget(self.passwordEdit)

        self.generateButton = QPushButton(ResetPasswordDialog)
        self.generateButton.setObjectName(u"generateButton")

        self.passwordRow.addWidget(self.generateButton)


        self.dialogLayout.addLayout(self.passwordRow)

        self.passwordError = QLabel(ResetPasswordDialog)
        self.passwordError.setObjectName(u"passwordError")
        self.passwordError.setWordWrap(True)
        self.passwordError.setProperty(u"role", u"fieldError")

        self.dialogLayout.addWidget(self.passwordError)

        self.hintLabel = QLabel(ResetPasswordDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setProperty(u"role", u"muted")

        self.dialogLayout.addWidget(self.hintLabel)

        self.formError = QLabel(ResetPasswordDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)
        self.formError.setProperty(u"role", u"formError")

        self.dialogLayout.addWidget(self.formError)

        self.dialogSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(ResetPasswordDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.passwordEdit, self.generateButton)
        QWidget.setTabOrder(self.generateButton, self.buttonBox)

        self.retranslateUi(ResetPasswordDialog)

        QMetaObject.connectSlotsByName(ResetPasswordDialog)
    # setupUi

    def retranslateUi(self, ResetPasswordDialog):
        ResetPasswordDialog.setWindowTitle(QCoreApplication.translate("ResetPasswordDialog", u"Reset password", None))
        self.passwordLabel.setText(QCoreApplication.translate("ResetPasswordDialog", u"&Temporary password", None))
        self.passwordEdit.setPlaceholderText(QCoreApplication.translate("ResetPasswordDialog", u"At least 10 characters", None))
        self.generateButton.setText(QCoreApplication.translate("ResetPasswordDialog", u"&Generate", None))
#if QT_CONFIG(tooltip)
        self.generateButton.setToolTip(QCoreApplication.translate("ResetPasswordDialog", u"Make up a random temporary password", None))
#endif // QT_CONFIG(tooltip)
        self.hintLabel.setText(QCoreApplication.translate("ResetPasswordDialog", u"Write it down or read it out to them now: it is not shown again.", None))
    # retranslateUi
