# GENERATED from ui/settings_panel.ui — do not edit; run `make forms` to regenerate.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFrame,
    QGridLayout, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

from fitmate_desktop.gui.widgets.state_view import StateView

class Ui_SettingsPanel(object):
    def setupUi(self, SettingsPanel):
        if not SettingsPanel.objectName():
            SettingsPanel.setObjectName(u"SettingsPanel")
        SettingsPanel.resize(1100, 760)
        self.panelLayout = QVBoxLayout(SettingsPanel)
        self.panelLayout.setSpacing(10)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(18, 14, 18, 12)
        self.headerRow = QHBoxLayout()
        self.headerRow.setSpacing(10)
        self.headerRow.setObjectName(u"headerRow")
        self.titleLabel = QLabel(SettingsPanel)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"h1")

        self.headerRow.addWidget(self.titleLabel)

        self.versionLabel = QLabel(SettingsPanel)
        self.versionLabel.setObjectName(u"versionLabel")
        self.versionLabel.setProperty(u"role", u"muted")

        self.headerRow.addWidget(self.versionLabel)

        self.spacer11 = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.spacer11)

        self.revertButton = QPushButton(SettingsPanel)
        self.revertButton.setObjectName(u"revertButton")

        self.headerRow.addWidget(self.revertButton)

        self.saveButton = QPushButton(SettingsPanel)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setProperty(u"primary", True)

        self.headerRow.addWidget(self.saveButton)


        self.panelLayout.addLayout(self.headerRow)

        self.noticeBar = QFrame(SettingsPanel)
        self.noticeBar.setObjectName(u"noticeBar")
        self.noticeBarLayout = QHBoxLayout(self.noticeBar)
        self.noticeBarLayout.setSpacing(8)
        self.noticeBarLayout.setObjectName(u"noticeBarLayout")
        self.noticeBarLayout.setContentsMargins(12, 6, 8, 6)
        self.noticeBarIcon = QLabel(self.noticeBar)
        self.noticeBarIcon.setObjectName(u"noticeBarIcon")
        self.noticeBarIcon.setMinimumSize(QSize(18, 18))
        self.noticeBarIcon.setMaximumSize(QSize(18, 18))

        self.noticeBarLayout.addWidget(self.noticeBarIcon)

        self.noticeBarLabel = QLabel(self.noticeBar)
        self.noticeBarLabel.setObjectName(u"noticeBarLabel")
        self.noticeBarLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.noticeBarLabel.sizePolicy().hasHeightForWidth())
        self.noticeBarLabel.setSizePolicy(sizePolicy)

        self.noticeBarLayout.addWidget(self.noticeBarLabel)

        self.noticeBarButton = QPushButton(self.noticeBar)
        self.noticeBarButton.setObjectName(u"noticeBarButton")

        self.noticeBarLayout.addWidget(self.noticeBarButton)


        self.panelLayout.addWidget(self.noticeBar)

        self.formError = QLabel(SettingsPanel)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)
        self.formError.setProperty(u"role", u"formError")

        self.panelLayout.addWidget(self.formError)

        self.settingsState = StateView(SettingsPanel)
        self.settingsState.setObjectName(u"settingsState")
        self.settingsPage = QWidget()
        self.settingsPage.setObjectName(u"settingsPage")
        self.settingsPageLayout = QVBoxLayout(self.settingsPage)
        self.settingsPageLayout.setObjectName(u"settingsPageLayout")
        self.settingsPageLayout.setContentsMargins(0, 0, 0, 0)
        self.settingsScroll = QScrollArea(self.settingsPage)
        self.settingsScroll.setObjectName(u"settingsScroll")
        self.settingsScroll.setWidgetResizable(True)
        self.settingsScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.settingsContents = QWidget()
        self.settingsContents.setObjectName(u"settingsContents")
        self.settingsContents.setGeometry(QRect(0, 0, 1000, 900))
        self.contentsRow = QHBoxLayout(self.settingsContents)
        self.contentsRow.setSpacing(14)
        self.contentsRow.setObjectName(u"contentsRow")
        self.contentsRow.setContentsMargins(0, 0, 6, 6)
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setSpacing(14)
        self.leftColumn.setObjectName(u"leftColumn")
        self.gymCard = QFrame(self.settingsContents)
        self.gymCard.setObjectName(u"gymCard")
        self.gymCardLayout = QVBoxLayout(self.gymCard)
        self.gymCardLayout.setSpacing(4)
        self.gymCardLayout.setObjectName(u"gymCardLayout")
        self.gymCardLayout.setContentsMargins(18, 14, 18, 14)
        self.gymCardTitle = QLabel(self.gymCard)
        self.gymCardTitle.setObjectName(u"gymCardTitle")
        self.gymCardTitle.setProperty(u"role", u"h2")

        self.gymCardLayout.addWidget(self.gymCardTitle)

        self.gymCardHint = QLabel(self.gymCard)
        self.gymCardHint.setObjectName(u"gymCardHint")
        self.gymCardHint.setWordWrap(True)
        self.gymCardHint.setProperty(u"role", u"muted")

        self.gymCardLayout.addWidget(self.gymCardHint)

        self.gymCardGrid = QGridLayout()
        self.gymCardGrid.setObjectName(u"gymCardGrid")
        self.gymCardGrid.setHorizontalSpacing(14)
        self.gymCardGrid.setVerticalSpacing(4)
        self.gymCardGrid.setContentsMargins(0, 4, 0, 0)
        self.gym_nameLabel = QLabel(self.gymCard)
        self.gym_nameLabel.setObjectName(u"gym_nameLabel")
        self.gym_nameLabel.setMinimumSize(QSize(150, 0))

        self.gymCardGrid.addWidget(self.gym_nameLabel, 0, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.gymNameEdit = QLineEdit(self.gymCard)
        self.gymNameEdit.setObjectName(u"gymNameEdit")
        self.gymNameEdit.setProperty(u"field", True)

        self.gymCardGrid.addWidget(self.gymNameEdit, 0, 1, 1, 1)

        self.gym_nameError = QLabel(self.gymCard)
        self.gym_nameError.setObjectName(u"gym_nameError")
        self.gym_nameError.setWordWrap(True)
        self.gym_nameError.setProperty(u"role", u"fieldError")

        self.gymCardGrid.addWidget(self.gym_nameError, 1, 1, 1, 1)

        self.addressLabel = QLabel(self.gymCard)
        self.addressLabel.setObjectName(u"addressLabel")
        self.addressLabel.setMinimumSize(QSize(150, 0))

        self.gymCardGrid.addWidget(self.addressLabel, 2, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.addressEdit = QPlainTextEdit(self.gymCard)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setTabChangesFocus(True)
        self.addressEdit.setMaximumSize(QSize(16777215, 70))
        self.addressEdit.setProperty(u"field", True)

        self.gymCardGrid.addWidget(self.addressEdit, 2, 1, 1, 1)

        self.addressError = QLabel(self.gymCard)
        self.addressError.setObjectName(u"addressError")
        self.addressError.setWordWrap(True)
        self.addressError.setProperty(u"role", u"fieldError")

        self.gymCardGrid.addWidget(self.addressError, 3, 1, 1, 1)

        self.phoneLabel = QLabel(self.gymCard)
        self.phoneLabel.setObjectName(u"phoneLabel")
        self.phoneLabel.setMinimumSize(QSize(150, 0))

        self.gymCardGrid.addWidget(self.phoneLabel, 4, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.phoneEdit = QLineEdit(self.gymCard)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setProperty(u"field", True)

        self.gymCardGrid.addWidget(self.phoneEdit, 4, 1, 1, 1)

        self.phoneError = QLabel(self.gymCard)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setWordWrap(True)
        self.phoneError.setProperty(u"role", u"fieldError")

        self.gymCardGrid.addWidget(self.phoneError, 5, 1, 1, 1)

        self.emailLabel = QLabel(self.gymCard)
        self.emailLabel.setObjectName(u"emailLabel")
        self.emailLabel.setMinimumSize(QSize(150, 0))

        self.gymCardGrid.addWidget(self.emailLabel, 6, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.emailEdit = QLineEdit(self.gymCard)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setProperty(u"field", True)

        self.gymCardGrid.addWidget(self.emailEdit, 6, 1, 1, 1)

        self.emailError = QLabel(self.gymCard)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setWordWrap(True)
        self.emailError.setProperty(u"role", u"fieldError")

        self.gymCardGrid.addWidget(self.emailError, 7, 1, 1, 1)

        self.tax_idLabel = QLabel(self.gymCard)
        self.tax_idLabel.setObjectName(u"tax_idLabel")
        self.tax_idLabel.setMinimumSize(QSize(150, 0))

        self.gymCardGrid.addWidget(self.tax_idLabel, 8, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.taxIdEdit = QLineEdit(self.gymCard)
        self.taxIdEdit.setObjectName(u"taxIdEdit")
        self.taxIdEdit.setProperty(u"field", True)

        self.gymCardGrid.addWidget(self.taxIdEdit, 8, 1, 1, 1)

        self.tax_idError = QLabel(self.gymCard)
        self.tax_idError.setObjectName(u"tax_idError")
        self.tax_idError.setWordWrap(True)
        self.tax_idError.setProperty(u"role", u"fieldError")

        self.gymCardGrid.addWidget(self.tax_idError, 9, 1, 1, 1)

        self.logo_pathLabel = QLabel(self.gymCard)
        self.logo_pathLabel.setObjectName(u"logo_pathLabel")
        self.logo_pathLabel.setMinimumSize(QSize(150, 0))

        self.gymCardGrid.addWidget(self.logo_pathLabel, 10, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.logoRow = QHBoxLayout()
        self.logoRow.setSpacing(10)
        self.logoRow.setObjectName(u"logoRow")
        self.logoPreview = QLabel(self.gymCard)
        self.logoPreview.setObjectName(u"logoPreview")
        self.logoPreview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logoPreview.setMinimumSize(QSize(64, 64))
        self.logoPreview.setMaximumSize(QSize(64, 64))

        self.logoRow.addWidget(self.logoPreview)

        self.logoBox = QVBoxLayout()
        self.logoBox.setSpacing(4)
        self.logoBox.setObjectName(u"logoBox")
        self.logoPathEdit = QLineEdit(self.gymCard)
        self.logoPathEdit.setObjectName(u"logoPathEdit")
        self.logoPathEdit.setProperty(u"field", True)

        self.logoBox.addWidget(self.logoPathEdit)

        self.logoButtons = QHBoxLayout()
        self.logoButtons.setSpacing(6)
        self.logoButtons.setObjectName(u"logoButtons")
        self.browseLogoButton = QPushButton(self.gymCard)
        self.browseLogoButton.setObjectName(u"browseLogoButton")

        self.logoButtons.addWidget(self.browseLogoButton)

        self.clearLogoButton = QPushButton(self.gymCard)
        self.clearLogoButton.setObjectName(u"clearLogoButton")

        self.logoButtons.addWidget(self.clearLogoButton)

        self.spacer1 = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.logoButtons.addItem(self.spacer1)


        self.logoBox.addLayout(self.logoButtons)


        self.logoRow.addLayout(self.logoBox)


        self.gymCardGrid.addLayout(self.logoRow, 10, 1, 1, 1)

        self.logo_pathError = QLabel(self.gymCard)
        self.logo_pathError.setObjectName(u"logo_pathError")
        self.logo_pathError.setWordWrap(True)
        self.logo_pathError.setProperty(u"role", u"fieldError")

        self.gymCardGrid.addWidget(self.logo_pathError, 11, 1, 1, 1)

        self.gymCardGrid.setColumnStretch(1, 1)

        self.gymCardLayout.addLayout(self.gymCardGrid)


        self.leftColumn.addWidget(self.gymCard)

        self.moneyCard = QFrame(self.settingsContents)
        self.moneyCard.setObjectName(u"moneyCard")
        self.moneyCardLayout = QVBoxLayout(self.moneyCard)
        self.moneyCardLayout.setSpacing(4)
        self.moneyCardLayout.setObjectName(u"moneyCardLayout")
        self.moneyCardLayout.setContentsMargins(18, 14, 18, 14)
        self.moneyCardTitle = QLabel(self.moneyCard)
        self.moneyCardTitle.setObjectName(u"moneyCardTitle")
        self.moneyCardTitle.setProperty(u"role", u"h2")

        self.moneyCardLayout.addWidget(self.moneyCardTitle)

        self.moneyCardHint = QLabel(self.moneyCard)
        self.moneyCardHint.setObjectName(u"moneyCardHint")
        self.moneyCardHint.setWordWrap(True)
        self.moneyCardHint.setProperty(u"role", u"muted")

        self.moneyCardLayout.addWidget(self.moneyCardHint)

        self.moneyCardGrid = QGridLayout()
        self.moneyCardGrid.setObjectName(u"moneyCardGrid")
        self.moneyCardGrid.setHorizontalSpacing(14)
        self.moneyCardGrid.setVerticalSpacing(4)
        self.moneyCardGrid.setContentsMargins(0, 4, 0, 0)
        self.tax_rateLabel = QLabel(self.moneyCard)
        self.tax_rateLabel.setObjectName(u"tax_rateLabel")
        self.tax_rateLabel.setMinimumSize(QSize(150, 0))

        self.moneyCardGrid.addWidget(self.tax_rateLabel, 0, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.taxRateRow = QHBoxLayout()
        self.taxRateRow.setSpacing(6)
        self.taxRateRow.setObjectName(u"taxRateRow")
        self.taxRateEdit = QLineEdit(self.moneyCard)
        self.taxRateEdit.setObjectName(u"taxRateEdit")
        self.taxRateEdit.setMaximumSize(QSize(120, 16777215))
        self.taxRateEdit.setProperty(u"field", True)

        self.taxRateRow.addWidget(self.taxRateEdit)

        self.taxRateSuffix = QLabel(self.moneyCard)
        self.taxRateSuffix.setObjectName(u"taxRateSuffix")
        self.taxRateSuffix.setProperty(u"role", u"muted")

        self.taxRateRow.addWidget(self.taxRateSuffix)

        self.spacer3 = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.taxRateRow.addItem(self.spacer3)


        self.moneyCardGrid.addLayout(self.taxRateRow, 0, 1, 1, 1)

        self.tax_rateError = QLabel(self.moneyCard)
        self.tax_rateError.setObjectName(u"tax_rateError")
        self.tax_rateError.setWordWrap(True)
        self.tax_rateError.setProperty(u"role", u"fieldError")

        self.moneyCardGrid.addWidget(self.tax_rateError, 1, 1, 1, 1)

        self.receipt_footerLabel = QLabel(self.moneyCard)
        self.receipt_footerLabel.setObjectName(u"receipt_footerLabel")
        self.receipt_footerLabel.setMinimumSize(QSize(150, 0))

        self.moneyCardGrid.addWidget(self.receipt_footerLabel, 2, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.receiptFooterEdit = QPlainTextEdit(self.moneyCard)
        self.receiptFooterEdit.setObjectName(u"receiptFooterEdit")
        self.receiptFooterEdit.setTabChangesFocus(True)
        self.receiptFooterEdit.setMaximumSize(QSize(16777215, 70))
        self.receiptFooterEdit.setProperty(u"field", True)

        self.moneyCardGrid.addWidget(self.receiptFooterEdit, 2, 1, 1, 1)

        self.receipt_footerError = QLabel(self.moneyCard)
        self.receipt_footerError.setObjectName(u"receipt_footerError")
        self.receipt_footerError.setWordWrap(True)
        self.receipt_footerError.setProperty(u"role", u"fieldError")

        self.moneyCardGrid.addWidget(self.receipt_footerError, 3, 1, 1, 1)

        self.reception_refund_limitLabel = QLabel(self.moneyCard)
        self.reception_refund_limitLabel.setObjectName(u"reception_refund_limitLabel")
        self.reception_refund_limitLabel.setMinimumSize(QSize(150, 0))

        self.moneyCardGrid.addWidget(self.reception_refund_limitLabel, 4, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.refundLimitRow = QHBoxLayout()
        self.refundLimitRow.setSpacing(6)
        self.refundLimitRow.setObjectName(u"refundLimitRow")
        self.refundLimitEdit = QLineEdit(self.moneyCard)
        self.refundLimitEdit.setObjectName(u"refundLimitEdit")
        self.refundLimitEdit.setMaximumSize(QSize(140, 16777215))
        self.refundLimitEdit.setProperty(u"field", True)

        self.refundLimitRow.addWidget(self.refundLimitEdit)

        self.refundLimitSuffix = QLabel(self.moneyCard)
        self.refundLimitSuffix.setObjectName(u"refundLimitSuffix")
        self.refundLimitSuffix.setProperty(u"role", u"muted")

        self.refundLimitRow.addWidget(self.refundLimitSuffix)

        self.spacer4 = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.refundLimitRow.addItem(self.spacer4)


        self.moneyCardGrid.addLayout(self.refundLimitRow, 4, 1, 1, 1)

        self.reception_refund_limitError = QLabel(self.moneyCard)
        self.reception_refund_limitError.setObjectName(u"reception_refund_limitError")
        self.reception_refund_limitError.setWordWrap(True)
        self.reception_refund_limitError.setProperty(u"role", u"fieldError")

        self.moneyCardGrid.addWidget(self.reception_refund_limitError, 5, 1, 1, 1)

        self.moneyCardGrid.setColumnStretch(1, 1)

        self.moneyCardLayout.addLayout(self.moneyCardGrid)


        self.leftColumn.addWidget(self.moneyCard)

        self.leftStretch = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftColumn.addItem(self.leftStretch)


        self.contentsRow.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setSpacing(14)
        self.rightColumn.setObjectName(u"rightColumn")
        self.regionCard = QFrame(self.settingsContents)
        self.regionCard.setObjectName(u"regionCard")
        self.regionCardLayout = QVBoxLayout(self.regionCard)
        self.regionCardLayout.setSpacing(4)
        self.regionCardLayout.setObjectName(u"regionCardLayout")
        self.regionCardLayout.setContentsMargins(18, 14, 18, 14)
        self.regionCardTitle = QLabel(self.regionCard)
        self.regionCardTitle.setObjectName(u"regionCardTitle")
        self.regionCardTitle.setProperty(u"role", u"h2")

        self.regionCardLayout.addWidget(self.regionCardTitle)

        self.regionCardHint = QLabel(self.regionCard)
        self.regionCardHint.setObjectName(u"regionCardHint")
        self.regionCardHint.setWordWrap(True)
        self.regionCardHint.setProperty(u"role", u"muted")

        self.regionCardLayout.addWidget(self.regionCardHint)

        self.regionCardGrid = QGridLayout()
        self.regionCardGrid.setObjectName(u"regionCardGrid")
        self.regionCardGrid.setHorizontalSpacing(14)
        self.regionCardGrid.setVerticalSpacing(4)
        self.regionCardGrid.setContentsMargins(0, 4, 0, 0)
        self.timezoneLabel = QLabel(self.regionCard)
        self.timezoneLabel.setObjectName(u"timezoneLabel")
        self.timezoneLabel.setMinimumSize(QSize(150, 0))

        self.regionCardGrid.addWidget(self.timezoneLabel, 0, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.timezoneCombo = QComboBox(self.regionCard)
        self.timezoneCombo.setObjectName(u"timezoneCombo")
        self.timezoneCombo.setEditable(True)
        self.timezoneCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.timezoneCombo.setMaxVisibleItems(16)
        self.timezoneCombo.setProperty(u"field", True)

        self.regionCardGrid.addWidget(self.timezoneCombo, 0, 1, 1, 1)

        self.timezoneError = QLabel(self.regionCard)
        self.timezoneError.setObjectName(u"timezoneError")
        self.timezoneError.setWordWrap(True)
        self.timezoneError.setProperty(u"role", u"fieldError")

        self.regionCardGrid.addWidget(self.timezoneError, 1, 1, 1, 1)

        self.localeLabel = QLabel(self.regionCard)
        self.localeLabel.setObjectName(u"localeLabel")
        self.localeLabel.setMinimumSize(QSize(150, 0))

        self.regionCardGrid.addWidget(self.localeLabel, 2, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.localeCombo = QComboBox(self.regionCard)
        self.localeCombo.setObjectName(u"localeCombo")
        self.localeCombo.setEditable(True)
        self.localeCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.localeCombo.setProperty(u"field", True)

        self.regionCardGrid.addWidget(self.localeCombo, 2, 1, 1, 1)

        self.localeError = QLabel(self.regionCard)
        self.localeError.setObjectName(u"localeError")
        self.localeError.setWordWrap(True)
        self.localeError.setProperty(u"role", u"fieldError")

        self.regionCardGrid.addWidget(self.localeError, 3, 1, 1, 1)

        self.currencyLabel = QLabel(self.regionCard)
        self.currencyLabel.setObjectName(u"currencyLabel")
        self.currencyLabel.setMinimumSize(QSize(150, 0))

        self.regionCardGrid.addWidget(self.currencyLabel, 4, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.currencyRow = QHBoxLayout()
        self.currencyRow.setObjectName(u"currencyRow")
        self.currencyCombo = QComboBox(self.regionCard)
        self.currencyCombo.setObjectName(u"currencyCombo")
        self.currencyCombo.setEditable(True)
        self.currencyCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.currencyCombo.setMinimumSize(QSize(120, 0))
        self.currencyCombo.setProperty(u"field", True)

        self.currencyRow.addWidget(self.currencyCombo)

        self.spacer2 = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.currencyRow.addItem(self.spacer2)


        self.regionCardGrid.addLayout(self.currencyRow, 4, 1, 1, 1)

        self.currencyError = QLabel(self.regionCard)
        self.currencyError.setObjectName(u"currencyError")
        self.currencyError.setWordWrap(True)
        self.currencyError.setProperty(u"role", u"fieldError")

        self.regionCardGrid.addWidget(self.currencyError, 5, 1, 1, 1)

        self.regionCardGrid.setColumnStretch(1, 1)

        self.regionCardLayout.addLayout(self.regionCardGrid)


        self.rightColumn.addWidget(self.regionCard)

        self.securityCard = QFrame(self.settingsContents)
        self.securityCard.setObjectName(u"securityCard")
        self.securityCardLayout = QVBoxLayout(self.securityCard)
        self.securityCardLayout.setSpacing(4)
        self.securityCardLayout.setObjectName(u"securityCardLayout")
        self.securityCardLayout.setContentsMargins(18, 14, 18, 14)
        self.securityCardTitle = QLabel(self.securityCard)
        self.securityCardTitle.setObjectName(u"securityCardTitle")
        self.securityCardTitle.setProperty(u"role", u"h2")

        self.securityCardLayout.addWidget(self.securityCardTitle)

        self.securityCardHint = QLabel(self.securityCard)
        self.securityCardHint.setObjectName(u"securityCardHint")
        self.securityCardHint.setWordWrap(True)
        self.securityCardHint.setProperty(u"role", u"muted")

        self.securityCardLayout.addWidget(self.securityCardHint)

        self.securityCardGrid = QGridLayout()
        self.securityCardGrid.setObjectName(u"securityCardGrid")
        self.securityCardGrid.setHorizontalSpacing(14)
        self.securityCardGrid.setVerticalSpacing(4)
        self.securityCardGrid.setContentsMargins(0, 4, 0, 0)
        self.idle_minutes_adminLabel = QLabel(self.securityCard)
        self.idle_minutes_adminLabel.setObjectName(u"idle_minutes_adminLabel")
        self.idle_minutes_adminLabel.setMinimumSize(QSize(150, 0))

        self.securityCardGrid.addWidget(self.idle_minutes_adminLabel, 0, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.idleAdminRow = QHBoxLayout()
        self.idleAdminRow.setObjectName(u"idleAdminRow")
        self.idleAdminSpin = QSpinBox(self.securityCard)
        self.idleAdminSpin.setObjectName(u"idleAdminSpin")
        self.idleAdminSpin.setMinimum(1)
        self.idleAdminSpin.setMaximum(480)
        self.idleAdminSpin.setMinimumSize(QSize(110, 0))
        self.idleAdminSpin.setProperty(u"field", True)

        self.idleAdminRow.addWidget(self.idleAdminSpin)

        self.spacer5 = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.idleAdminRow.addItem(self.spacer5)


        self.securityCardGrid.addLayout(self.idleAdminRow, 0, 1, 1, 1)

        self.idle_minutes_adminError = QLabel(self.securityCard)
        self.idle_minutes_adminError.setObjectName(u"idle_minutes_adminError")
        self.idle_minutes_adminError.setWordWrap(True)
        self.idle_minutes_adminError.setProperty(u"role", u"fieldError")

        self.securityCardGrid.addWidget(self.idle_minutes_adminError, 1, 1, 1, 1)

        self.idle_minutes_staffLabel = QLabel(self.securityCard)
        self.idle_minutes_staffLabel.setObjectName(u"idle_minutes_staffLabel")
        self.idle_minutes_staffLabel.setMinimumSize(QSize(150, 0))

        self.securityCardGrid.addWidget(self.idle_minutes_staffLabel, 2, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.idleStaffRow = QHBoxLayout()
        self.idleStaffRow.setObjectName(u"idleStaffRow")
        self.idleStaffSpin = QSpinBox(self.securityCard)
        self.idleStaffSpin.setObjectName(u"idleStaffSpin")
        self.idleStaffSpin.setMinimum(1)
        self.idleStaffSpin.setMaximum(480)
        self.idleStaffSpin.setMinimumSize(QSize(110, 0))
        self.idleStaffSpin.setProperty(u"field", True)

        self.idleStaffRow.addWidget(self.idleStaffSpin)

        self.spacer6 = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.idleStaffRow.addItem(self.spacer6)


        self.securityCardGrid.addLayout(self.idleStaffRow, 2, 1, 1, 1)

        self.idle_minutes_staffError = QLabel(self.securityCard)
        self.idle_minutes_staffError.setObjectName(u"idle_minutes_staffError")
        self.idle_minutes_staffError.setWordWrap(True)
        self.idle_minutes_staffError.setProperty(u"role", u"fieldError")

        self.securityCardGrid.addWidget(self.idle_minutes_staffError, 3, 1, 1, 1)

        self.require_admin_2faLabel = QLabel(self.securityCard)
        self.require_admin_2faLabel.setObjectName(u"require_admin_2faLabel")
        self.require_admin_2faLabel.setMinimumSize(QSize(150, 0))

        self.securityCardGrid.addWidget(self.require_admin_2faLabel, 4, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.require2faRow = QHBoxLayout()
        self.require2faRow.setObjectName(u"require2faRow")
        self.require2faCheck = QCheckBox(self.securityCard)
        self.require2faCheck.setObjectName(u"require2faCheck")

        self.require2faRow.addWidget(self.require2faCheck)

        self.spacer7 = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.require2faRow.addItem(self.spacer7)


        self.securityCardGrid.addLayout(self.require2faRow, 4, 1, 1, 1)

        self.require_admin_2faError = QLabel(self.securityCard)
        self.require_admin_2faError.setObjectName(u"require_admin_2faError")
        self.require_admin_2faError.setWordWrap(True)
        self.require_admin_2faError.setProperty(u"role", u"fieldError")

        self.securityCardGrid.addWidget(self.require_admin_2faError, 5, 1, 1, 1)

        self.securityCardGrid.setColumnStretch(1, 1)

        self.securityCardLayout.addLayout(self.securityCardGrid)


        self.rightColumn.addWidget(self.securityCard)

        self.backupsCard = QFrame(self.settingsContents)
        self.backupsCard.setObjectName(u"backupsCard")
        self.backupsCardLayout = QVBoxLayout(self.backupsCard)
        self.backupsCardLayout.setSpacing(4)
        self.backupsCardLayout.setObjectName(u"backupsCardLayout")
        self.backupsCardLayout.setContentsMargins(18, 14, 18, 14)
        self.backupsCardTitle = QLabel(self.backupsCard)
        self.backupsCardTitle.setObjectName(u"backupsCardTitle")
        self.backupsCardTitle.setProperty(u"role", u"h2")

        self.backupsCardLayout.addWidget(self.backupsCardTitle)

        self.backupsCardHint = QLabel(self.backupsCard)
        self.backupsCardHint.setObjectName(u"backupsCardHint")
        self.backupsCardHint.setWordWrap(True)
        self.backupsCardHint.setProperty(u"role", u"muted")

        self.backupsCardLayout.addWidget(self.backupsCardHint)

        self.backupsCardGrid = QGridLayout()
        self.backupsCardGrid.setObjectName(u"backupsCardGrid")
        self.backupsCardGrid.setHorizontalSpacing(14)
        self.backupsCardGrid.setVerticalSpacing(4)
        self.backupsCardGrid.setContentsMargins(0, 4, 0, 0)
        self.backup_dirLabel = QLabel(self.backupsCard)
        self.backup_dirLabel.setObjectName(u"backup_dirLabel")
        self.backup_dirLabel.setMinimumSize(QSize(150, 0))

        self.backupsCardGrid.addWidget(self.backup_dirLabel, 0, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.backupDirRow = QHBoxLayout()
        self.backupDirRow.setSpacing(6)
        self.backupDirRow.setObjectName(u"backupDirRow")
        self.backupDirEdit = QLineEdit(self.backupsCard)
        self.backupDirEdit.setObjectName(u"backupDirEdit")
        self.backupDirEdit.setProperty(u"field", True)

        self.backupDirRow.addWidget(self.backupDirEdit)

        self.browseBackupButton = QPushButton(self.backupsCard)
        self.browseBackupButton.setObjectName(u"browseBackupButton")

        self.backupDirRow.addWidget(self.browseBackupButton)


        self.backupsCardGrid.addLayout(self.backupDirRow, 0, 1, 1, 1)

        self.backup_dirError = QLabel(self.backupsCard)
        self.backup_dirError.setObjectName(u"backup_dirError")
        self.backup_dirError.setWordWrap(True)
        self.backup_dirError.setProperty(u"role", u"fieldError")

        self.backupsCardGrid.addWidget(self.backup_dirError, 1, 1, 1, 1)

        self.backup_scheduleLabel = QLabel(self.backupsCard)
        self.backup_scheduleLabel.setObjectName(u"backup_scheduleLabel")
        self.backup_scheduleLabel.setMinimumSize(QSize(150, 0))

        self.backupsCardGrid.addWidget(self.backup_scheduleLabel, 2, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.backupScheduleRow = QHBoxLayout()
        self.backupScheduleRow.setObjectName(u"backupScheduleRow")
        self.backupScheduleCombo = QComboBox(self.backupsCard)
        self.backupScheduleCombo.setObjectName(u"backupScheduleCombo")
        self.backupScheduleCombo.setMinimumSize(QSize(160, 0))
        self.backupScheduleCombo.setProperty(u"field", True)

        self.backupScheduleRow.addWidget(self.backupScheduleCombo)

        self.spacer8 = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.backupScheduleRow.addItem(self.spacer8)


        self.backupsCardGrid.addLayout(self.backupScheduleRow, 2, 1, 1, 1)

        self.backup_scheduleError = QLabel(self.backupsCard)
        self.backup_scheduleError.setObjectName(u"backup_scheduleError")
        self.backup_scheduleError.setWordWrap(True)
        self.backup_scheduleError.setProperty(u"role", u"fieldError")

        self.backupsCardGrid.addWidget(self.backup_scheduleError, 3, 1, 1, 1)

        self.backupsCardGrid.setColumnStretch(1, 1)

        self.backupsCardLayout.addLayout(self.backupsCardGrid)


        self.rightColumn.addWidget(self.backupsCard)

        self.notificationsCard = QFrame(self.settingsContents)
        self.notificationsCard.setObjectName(u"notificationsCard")
        self.notificationsCardLayout = QVBoxLayout(self.notificationsCard)
        self.notificationsCardLayout.setSpacing(4)
        self.notificationsCardLayout.setObjectName(u"notificationsCardLayout")
        self.notificationsCardLayout.setContentsMargins(18, 14, 18, 14)
        self.notificationsCardTitle = QLabel(self.notificationsCard)
        self.notificationsCardTitle.setObjectName(u"notificationsCardTitle")
        self.notificationsCardTitle.setProperty(u"role", u"h2")

        self.notificationsCardLayout.addWidget(self.notificationsCardTitle)

        self.notificationsCardHint = QLabel(self.notificationsCard)
        self.notificationsCardHint.setObjectName(u"notificationsCardHint")
        self.notificationsCardHint.setWordWrap(True)
        self.notificationsCardHint.setProperty(u"role", u"muted")

        self.notificationsCardLayout.addWidget(self.notificationsCardHint)

        self.notificationsCardGrid = QGridLayout()
        self.notificationsCardGrid.setObjectName(u"notificationsCardGrid")
        self.notificationsCardGrid.setHorizontalSpacing(14)
        self.notificationsCardGrid.setVerticalSpacing(4)
        self.notificationsCardGrid.setContentsMargins(0, 4, 0, 0)
        self.notification_prefsLabel = QLabel(self.notificationsCard)
        self.notification_prefsLabel.setObjectName(u"notification_prefsLabel")
        self.notification_prefsLabel.setMinimumSize(QSize(150, 0))

        self.notificationsCardGrid.addWidget(self.notification_prefsLabel, 0, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.notificationsBox = QVBoxLayout()
        self.notificationsBox.setSpacing(6)
        self.notificationsBox.setObjectName(u"notificationsBox")
        self.notifyTraineeArrived = QCheckBox(self.notificationsCard)
        self.notifyTraineeArrived.setObjectName(u"notifyTraineeArrived")

        self.notificationsBox.addWidget(self.notifyTraineeArrived)

        self.notifyMembershipExpiring = QCheckBox(self.notificationsCard)
        self.notifyMembershipExpiring.setObjectName(u"notifyMembershipExpiring")

        self.notificationsBox.addWidget(self.notifyMembershipExpiring)

        self.notifyMaintenanceDue = QCheckBox(self.notificationsCard)
        self.notifyMaintenanceDue.setObjectName(u"notifyMaintenanceDue")

        self.notificationsBox.addWidget(self.notifyMaintenanceDue)

        self.notifyLeaveRequests = QCheckBox(self.notificationsCard)
        self.notifyLeaveRequests.setObjectName(u"notifyLeaveRequests")

        self.notificationsBox.addWidget(self.notifyLeaveRequests)


        self.notificationsCardGrid.addLayout(self.notificationsBox, 0, 1, 1, 1)

        self.notification_prefsError = QLabel(self.notificationsCard)
        self.notification_prefsError.setObjectName(u"notification_prefsError")
        self.notification_prefsError.setWordWrap(True)
        self.notification_prefsError.setProperty(u"role", u"fieldError")

        self.notificationsCardGrid.addWidget(self.notification_prefsError, 1, 1, 1, 1)

        self.notificationsCardGrid.setColumnStretch(1, 1)

        self.notificationsCardLayout.addLayout(self.notificationsCardGrid)


        self.rightColumn.addWidget(self.notificationsCard)

        self.rightStretch = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightColumn.addItem(self.rightStretch)


        self.contentsRow.addLayout(self.rightColumn)

        self.contentsRow.setStretch(0, 1)
        self.contentsRow.setStretch(1, 1)
        self.settingsScroll.setWidget(self.settingsContents)

        self.settingsPageLayout.addWidget(self.settingsScroll)

        self.settingsState.addWidget(self.settingsPage)

        self.panelLayout.addWidget(self.settingsState)

#if QT_CONFIG(shortcut)
        self.gym_nameLabel.setBuddy(self.gymNameEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.tax_idLabel.setBuddy(self.taxIdEdit)
        self.logo_pathLabel.setBuddy(self.logoPathEdit)
        self.tax_rateLabel.setBuddy(self.taxRateEdit)
        self.receipt_footerLabel.setBuddy(self.receiptFooterEdit)
        self.reception_refund_limitLabel.setBuddy(self.refundLimitEdit)
        self.timezoneLabel.setBuddy(self.timezoneCombo)
        self.localeLabel.setBuddy(self.localeCombo)
        self.currencyLabel.setBuddy(self.currencyCombo)
        self.idle_minutes_adminLabel.setBuddy(self.idleAdminSpin)
        self.idle_minutes_staffLabel.setBuddy(self.idleStaffSpin)
        self.require_admin_2faLabel.setBuddy(self.require2faCheck)
        self.backup_dirLabel.setBuddy(self.backupDirEdit)
        self.backup_scheduleLabel.setBuddy(self.backupScheduleCombo)
        self.notification_prefsLabel.setBuddy(self.notifyTraineeArrived)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.gymNameEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.taxIdEdit)
        QWidget.setTabOrder(self.taxIdEdit, self.logoPathEdit)
        QWidget.setTabOrder(self.logoPathEdit, self.browseLogoButton)
        QWidget.setTabOrder(self.browseLogoButton, self.clearLogoButton)
        QWidget.setTabOrder(self.clearLogoButton, self.taxRateEdit)
        QWidget.setTabOrder(self.taxRateEdit, self.receiptFooterEdit)
        QWidget.setTabOrder(self.receiptFooterEdit, self.refundLimitEdit)
        QWidget.setTabOrder(self.refundLimitEdit, self.timezoneCombo)
        QWidget.setTabOrder(self.timezoneCombo, self.localeCombo)
        QWidget.setTabOrder(self.localeCombo, self.currencyCombo)
        QWidget.setTabOrder(self.currencyCombo, self.idleAdminSpin)
        QWidget.setTabOrder(self.idleAdminSpin, self.idleStaffSpin)
        QWidget.setTabOrder(self.idleStaffSpin, self.require2faCheck)
        QWidget.setTabOrder(self.require2faCheck, self.backupDirEdit)
        QWidget.setTabOrder(self.backupDirEdit, self.browseBackupButton)
        QWidget.setTabOrder(self.browseBackupButton, self.backupScheduleCombo)
        QWidget.setTabOrder(self.backupScheduleCombo, self.notifyTraineeArrived)
        QWidget.setTabOrder(self.notifyTraineeArrived, self.notifyMembershipExpiring)
        QWidget.setTabOrder(self.notifyMembershipExpiring, self.notifyMaintenanceDue)
        QWidget.setTabOrder(self.notifyMaintenanceDue, self.notifyLeaveRequests)
        QWidget.setTabOrder(self.notifyLeaveRequests, self.revertButton)
        QWidget.setTabOrder(self.revertButton, self.saveButton)

        self.retranslateUi(SettingsPanel)

        QMetaObject.connectSlotsByName(SettingsPanel)
    # setupUi

    def retranslateUi(self, SettingsPanel):
        SettingsPanel.setWindowTitle(QCoreApplication.translate("SettingsPanel", u"Settings", None))
        self.titleLabel.setText(QCoreApplication.translate("SettingsPanel", u"Settings", None))
        self.revertButton.setText(QCoreApplication.translate("SettingsPanel", u"Re&vert", None))
#if QT_CONFIG(tooltip)
        self.revertButton.setToolTip(QCoreApplication.translate("SettingsPanel", u"Put back the values as they were last saved", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("SettingsPanel", u"&Save", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("SettingsPanel", u"Check every field and save (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.noticeBarButton.setText(QCoreApplication.translate("SettingsPanel", u"Reload", None))
        self.gymCardTitle.setText(QCoreApplication.translate("SettingsPanel", u"Gym", None))
        self.gymCardHint.setText(QCoreApplication.translate("SettingsPanel", u"Shown on receipts, membership cards and the sign-in window.", None))
        self.gym_nameLabel.setText(QCoreApplication.translate("SettingsPanel", u"&Name", None))
        self.gymNameEdit.setPlaceholderText(QCoreApplication.translate("SettingsPanel", u"The gym's name", None))
        self.addressLabel.setText(QCoreApplication.translate("SettingsPanel", u"A&ddress", None))
        self.addressEdit.setPlaceholderText(QCoreApplication.translate("SettingsPanel", u"Street, town, post code", None))
        self.phoneLabel.setText(QCoreApplication.translate("SettingsPanel", u"&Phone", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("SettingsPanel", u"+351 \u2026", None))
        self.emailLabel.setText(QCoreApplication.translate("SettingsPanel", u"&Email", None))
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("SettingsPanel", u"hello@yourgym.com", None))
        self.tax_idLabel.setText(QCoreApplication.translate("SettingsPanel", u"&Tax id", None))
        self.taxIdEdit.setPlaceholderText(QCoreApplication.translate("SettingsPanel", u"VAT / tax number", None))
        self.logo_pathLabel.setText(QCoreApplication.translate("SettingsPanel", u"&Logo", None))
        self.logoPathEdit.setPlaceholderText(QCoreApplication.translate("SettingsPanel", u"No logo: receipts show the gym's name", None))
        self.browseLogoButton.setText(QCoreApplication.translate("SettingsPanel", u"C&hoose\u2026", None))
        self.clearLogoButton.setText(QCoreApplication.translate("SettingsPanel", u"Remove", None))
        self.moneyCardTitle.setText(QCoreApplication.translate("SettingsPanel", u"Money", None))
        self.moneyCardHint.setText(QCoreApplication.translate("SettingsPanel", u"Receipts and refunds.", None))
        self.tax_rateLabel.setText(QCoreApplication.translate("SettingsPanel", u"Ta&x rate", None))
        self.taxRateEdit.setPlaceholderText(QCoreApplication.translate("SettingsPanel", u"23", None))
        self.taxRateSuffix.setText(QCoreApplication.translate("SettingsPanel", u"%", None))
        self.receipt_footerLabel.setText(QCoreApplication.translate("SettingsPanel", u"Receipt &footer", None))
        self.receiptFooterEdit.setPlaceholderText(QCoreApplication.translate("SettingsPanel", u"Printed at the bottom of every receipt", None))
        self.reception_refund_limitLabel.setText(QCoreApplication.translate("SettingsPanel", u"Reception &refund limit", None))
        self.refundLimitEdit.setPlaceholderText(QCoreApplication.translate("SettingsPanel", u"50.00", None))
        self.refundLimitSuffix.setText(QCoreApplication.translate("SettingsPanel", u"EUR", None))
        self.regionCardTitle.setText(QCoreApplication.translate("SettingsPanel", u"Region", None))
        self.regionCardHint.setText(QCoreApplication.translate("SettingsPanel", u"How dates, times and money are written at every desk.", None))
        self.timezoneLabel.setText(QCoreApplication.translate("SettingsPanel", u"Time &zone", None))
        self.localeLabel.setText(QCoreApplication.translate("SettingsPanel", u"L&ocale", None))
        self.currencyLabel.setText(QCoreApplication.translate("SettingsPanel", u"C&urrency", None))
        self.securityCardTitle.setText(QCoreApplication.translate("SettingsPanel", u"Security", None))
        self.securityCardHint.setText(QCoreApplication.translate("SettingsPanel", u"Desks lock after this long without use; the same person unlocks them with their password.", None))
        self.idle_minutes_adminLabel.setText(QCoreApplication.translate("SettingsPanel", u"Lock &admins after", None))
        self.idleAdminSpin.setSuffix(QCoreApplication.translate("SettingsPanel", u" min", None))
        self.idle_minutes_staffLabel.setText(QCoreApplication.translate("SettingsPanel", u"Lock ot&hers after", None))
        self.idleStaffSpin.setSuffix(QCoreApplication.translate("SettingsPanel", u" min", None))
        self.require_admin_2faLabel.setText(QCoreApplication.translate("SettingsPanel", u"Two-step sign-in", None))
        self.require2faCheck.setText(QCoreApplication.translate("SettingsPanel", u"Re&quire it for admin accounts", None))
        self.backupsCardTitle.setText(QCoreApplication.translate("SettingsPanel", u"Backups", None))
        self.backupsCardHint.setText(QCoreApplication.translate("SettingsPanel", u"Copies of the database, made by the office desk.", None))
        self.backup_dirLabel.setText(QCoreApplication.translate("SettingsPanel", u"Fol&der", None))
        self.backupDirEdit.setPlaceholderText(QCoreApplication.translate("SettingsPanel", u"/path/to/backups", None))
        self.browseBackupButton.setText(QCoreApplication.translate("SettingsPanel", u"Choose\u2026", None))
        self.backup_scheduleLabel.setText(QCoreApplication.translate("SettingsPanel", u"&Schedule", None))
        self.notificationsCardTitle.setText(QCoreApplication.translate("SettingsPanel", u"Notifications", None))
        self.notificationsCardHint.setText(QCoreApplication.translate("SettingsPanel", u"What the program tells people about.", None))
        self.notification_prefsLabel.setText(QCoreApplication.translate("SettingsPanel", u"Notify when", None))
        self.notifyTraineeArrived.setText(QCoreApplication.translate("SettingsPanel", u"A trainee arrives (their trainer is told)", None))
        self.notifyMembershipExpiring.setText(QCoreApplication.translate("SettingsPanel", u"Memberships about to end", None))
        self.notifyMaintenanceDue.setText(QCoreApplication.translate("SettingsPanel", u"Equipment maintenance is due", None))
        self.notifyLeaveRequests.setText(QCoreApplication.translate("SettingsPanel", u"Leave requests wait for approval", None))
    # retranslateUi
